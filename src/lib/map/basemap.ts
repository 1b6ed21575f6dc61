/**
 * The basemap that ships with a report: Natural Earth countries (from `world-atlas`), simplified
 * with topojson-simplify and clipped to the report's region, as a small GeoJSON collection.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { clipLine, clipRing } from './clip.ts';
import { boundsOf, intersects, round, type Bounds, type LonLat } from './geo.ts';

export interface CountryProps {
  layer: 'country';
  name: string;
}
export interface LineProps {
  layer: 'border' | 'coast';
}
export type BasemapFeature = Feature<MultiPolygon, CountryProps> | Feature<MultiLineString, LineProps>;

/** The clipped basemap: countries (fill), borders and coastlines (strokes), and the box it covers. */
export interface Basemap extends FeatureCollection<MultiPolygon | MultiLineString, CountryProps | LineProps> {
  features: BasemapFeature[];
  bbox: [number, number, number, number];
}

export interface BasemapOptions {
  /** Smallest triangle area kept by the simplification, in square degrees (default 2e-5: about a pixel at zoom 9). */
  minWeight?: number;
  /** Decimals kept in coordinates (default 3: about 100 m). */
  digits?: number;
}

type Countries = { countries: GeometryCollection<{ name: string }> };

/** Simplifies `world` (a world-atlas countries topology) and clips it to `clip`. */
export function makeBasemap(world: Topology<Countries>, clip: Bounds, options: BasemapOptions = {}): Basemap {
  const { minWeight = 2e-5, digits = 3 } = options;
  const topology = simplify(presimplify(world), minWeight);
  const object = topology.objects.countries;
  const features: BasemapFeature[] = [];
  for (const country of feature(topology, object).features) {
    const geometry = country.geometry;
    if (!geometry) continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    const clipped = polygons
      .filter((polygon) => {
        const box = boundsOf((polygon[0] ?? []) as LonLat[]);
        return box !== undefined && intersects(box, clip);
      })
      .map((polygon) => polygon.map((ring) => tidy(clipRing(ring as LonLat[], clip), digits, true)).filter((ring) => ring.length >= 4))
      .filter((polygon) => polygon.length > 0);
    if (clipped.length === 0) continue;
    features.push({
      type: 'Feature',
      properties: { layer: 'country', name: country.properties?.name ?? '' },
      geometry: { type: 'MultiPolygon', coordinates: clipped },
    });
  }
  features.sort((a, b) => ((a.properties as CountryProps).name ?? '').localeCompare((b.properties as CountryProps).name ?? ''));
  const lines = (layer: LineProps['layer'], keep: (a: unknown, b: unknown) => boolean): void => {
    const parts = mesh(topology, object, keep)
      .coordinates.flatMap((line) => clipLine(line as LonLat[], clip))
      .map((line) => tidy(line, digits, false))
      .filter((line) => line.length >= 2);
    if (parts.length > 0) features.push({ type: 'Feature', properties: { layer }, geometry: { type: 'MultiLineString', coordinates: parts } });
  };
  lines('border', (a, b) => a !== b);
  lines('coast', (a, b) => a === b);
  return { type: 'FeatureCollection', bbox: [clip.west, clip.south, clip.east, clip.north], features };
}

/** Rounds coordinates and drops repeated points. */
function tidy(points: readonly Position[], digits: number, closed: boolean): LonLat[] {
  const out: LonLat[] = [];
  for (const p of points) {
    const q: LonLat = [round(p[0] as number, digits), round(p[1] as number, digits)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (closed && out.length > 0) {
    const first = out[0] as LonLat;
    const last = out[out.length - 1] as LonLat;
    if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
  }
  return out;
}
