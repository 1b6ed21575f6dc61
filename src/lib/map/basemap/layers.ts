/**
 * What a report's basemap holds: one TopoJSON topology per report (`src/data/basemaps/<slug>.json`), made by
 * `npm run basemap` from Natural Earth 1:10m and world-atlas, and read at build time and in the browser.
 * Every object is a named layer; every feature carries the name that labels, captions and tests use.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A country (fill), from world-atlas 10m (Natural Earth admin-0): its English name there, and its ISO 3166-1 alpha-2 code ('' when it has none, e.g. a buffer zone). */
export interface CountryProps {
  name: string;
  iso: string;
}
/** A river or a lake centre line. `rank` is Natural Earth's `scalerank` (0 = the greatest rivers). */
export interface RiverProps {
  name: string;
  rank: number;
}
/** A lake or reservoir (fill), or a salt flat (`playa`). */
export interface WaterProps {
  name: string;
  rank: number;
  kind: 'lake' | 'reservoir' | 'playa';
}
/** A populated place: `rank` is Natural Earth's `scalerank`; `capital` 1 for a national capital, 2 for a first-level one. */
export interface TownProps {
  name: string;
  rank: number;
  capital: 0 | 1 | 2;
  /** Natural Earth's suggested web-map zoom from which to show it. */
  minZoom: number;
}
/** A first-level division's label point (governorate, province, oblast); `country` its ISO 3166-1 alpha-2 code. */
export interface Admin1Props {
  name: string;
  country: string;
  rank: number;
}
/** A named physical feature as a point: a peak (with its elevation in metres) or a region (a desert, a cape). */
export interface PhysicalProps {
  name: string;
  rank: number;
  kind: string;
  elevation?: number;
}

/** Metadata: what the file was made from and for, so a test can tell whether it is fresh. */
export interface BasemapMeta {
  /** Bumped when the generator changes what it writes. */
  version: number;
  /** The box the basemap covers, [west, south, east, north] in degrees: the report's map region. */
  region: [number, number, number, number];
  /** Where the layers come from (credited on the map). */
  sources: string[];
}

export type BasemapObjects = {
  countries: GeometryCollection<CountryProps>;
  /** Country borders (between two countries), as lines; kept apart from fills so the clip edge is never drawn. */
  borders: GeometryCollection;
  /** Coastlines, as lines. */
  coast: GeometryCollection;
  water: GeometryCollection<WaterProps>;
  rivers: GeometryCollection<RiverProps>;
  towns: GeometryCollection<TownProps>;
  admin1: GeometryCollection<Admin1Props>;
  physical: GeometryCollection<PhysicalProps>;
};

/** A report's basemap as committed and served: a quantised TopoJSON topology with its metadata. */
export type BasemapTopology = Topology<BasemapObjects> & { bbox: [number, number, number, number]; sitrep: BasemapMeta };

/** The generator's version: a change to what `makeBasemap` writes bumps it, and the freshness test asks for a rerun. */
export const BASEMAP_VERSION = 2;

export const BASEMAP_SOURCES = ['Natural Earth 1:10m (public domain)', 'world-atlas 10m (Natural Earth admin-0)'];
