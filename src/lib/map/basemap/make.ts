/**
 * Makes a report's basemap: clips world-atlas countries and Natural Earth 1:10m layers to the report's map
 * region, keeps what a map of that region can show, and writes one simplified, quantised TopoJSON topology.
 * Pure (no file system): `scripts/basemap.ts` reads the sources and writes the result.
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Point, Position } from 'geojson';
import { feature, mesh, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { alpha2OfNumeric } from '../../acled/countries.ts';
import { clipLine, clipRing } from '../clip.ts';
import { boundsOf, containsPoint, intersects, type Bounds, type LonLat } from '../geo.ts';
import { BASEMAP_SOURCES, BASEMAP_VERSION, type Admin1Props, type BasemapTopology, type CountryProps, type PhysicalProps, type RiverProps, type TownProps, type WaterProps } from './layers.ts';

/** world-atlas's countries topology (`countries-10m.json`). */
export type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The layers a basemap is made from; every Natural Earth layer is optional (a countries-only basemap needs none). */
export interface BasemapSources {
  world: WorldTopology;
  rivers?: FeatureCollection;
  lakes?: FeatureCollection;
  playas?: FeatureCollection;
  towns?: FeatureCollection;
  admin1?: FeatureCollection;
  peaks?: FeatureCollection;
  regions?: FeatureCollection;
}

export interface MakeOptions {
  /** Most reference towns kept, the most important first (default 150). */
  maxTowns?: number;
  /** Towns Natural Earth shows only from a higher web-map zoom than this are left out (default 8). */
  maxTownZoom?: number;
}

type Props = Record<string, unknown>;
const str = (p: Props, ...keys: string[]): string => {
  for (const key of keys) {
    const v = p[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return '';
};
const num = (p: Props, key: string, fallback: number): number => (typeof p[key] === 'number' && Number.isFinite(p[key]) ? (p[key] as number) : fallback);

/** A division's label without the alternative spelling Natural Earth adds in brackets: `Aleppo (Halab)` → `Aleppo`. */
export function plainName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim() || name;
}

function collection<P>(features: Feature<Geometry, P>[]): FeatureCollection<Geometry, P> {
  return { type: 'FeatureCollection', features };
}

function linesOf(g: Geometry | null): Position[][] {
  if (!g) return [];
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}
function polygonsOf(g: Geometry | null): Position[][][] {
  if (!g) return [];
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

function clipLines(lines: Position[][], region: Bounds): LonLat[][] {
  return lines.flatMap((line) => clipLine(line as LonLat[], region));
}
/** Twice the planar signed area of a ring in degrees (positive when counter-clockwise). */
function signedArea(ring: readonly LonLat[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += (ring[i] as LonLat)[0] * (ring[i + 1] as LonLat)[1] - (ring[i + 1] as LonLat)[0] * (ring[i] as LonLat)[1];
  return sum;
}

/**
 * d3-geo's winding: outer rings clockwise, holes counter-clockwise (GeoJSON files often wind the other way,
 * which d3 would read as the whole globe but the polygon). Planar is right at a region's scale.
 */
function d3Winding(polygon: LonLat[][]): LonLat[][] {
  return polygon.map((ring, i) => ((i === 0 ? signedArea(ring) > 0 : signedArea(ring) < 0) ? [...ring].reverse() : ring));
}

function clipPolygons(polygons: Position[][][], region: Bounds): LonLat[][][] {
  return polygons
    .filter((polygon) => {
      const box = boundsOf((polygon[0] ?? []) as LonLat[]);
      return box !== undefined && intersects(box, region);
    })
    .map((polygon) => polygon.map((ring) => clipRing(ring as LonLat[], region)).filter((ring) => ring.length >= 4))
    .filter((polygon) => polygon.length > 0 && (polygon[0]?.length ?? 0) >= 4)
    .map(d3Winding);
}

const lineFeature = <P>(parts: LonLat[][], properties: P): Feature<MultiLineString, P> => ({ type: 'Feature', properties, geometry: { type: 'MultiLineString', coordinates: parts } });
const areaFeature = <P>(polygons: LonLat[][][], properties: P, id?: string): Feature<MultiPolygon, P> => ({ type: 'Feature', ...(id ? { id } : {}), properties, geometry: { type: 'MultiPolygon', coordinates: polygons } });
const pointFeature = <P>(at: Position, properties: P): Feature<Point, P> => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [at[0] as number, at[1] as number] } });

/** The world's countries as GeoJSON and its borders and coastlines as lines: worked out once per world. */
const worlds = new WeakMap<WorldTopology, { countries: Feature<Geometry, { name: string }>[]; borders: Position[][]; coast: Position[][] }>();
function worldParts(world: WorldTopology) {
  let parts = worlds.get(world);
  if (!parts) {
    parts = {
      countries: feature(world, world.objects.countries).features as Feature<Geometry, { name: string }>[],
      borders: mesh(world, world.objects.countries, (a, b) => a !== b).coordinates,
      coast: mesh(world, world.objects.countries, (a, b) => a === b).coordinates,
    };
    worlds.set(world, parts);
  }
  return parts;
}

function countries(world: WorldTopology, region: Bounds): Feature<MultiPolygon, CountryProps>[] {
  return worldParts(world)
    .countries.map((f) => areaFeature(clipPolygons(polygonsOf(f.geometry), region), { name: f.properties?.name ?? '', iso: f.id === undefined ? '' : (alpha2OfNumeric(String(f.id)) ?? '') }, f.id === undefined ? undefined : String(f.id)))
    .filter((f) => f.geometry.coordinates.length > 0)
    .sort((a, b) => a.properties.name.localeCompare(b.properties.name));
}

function meshLines(world: WorldTopology, region: Bounds, which: 'borders' | 'coast'): Feature<MultiLineString, Record<string, never>>[] {
  const parts = clipLines(worldParts(world)[which], region);
  return parts.length > 0 ? [lineFeature(parts, {})] : [];
}

function rivers(source: FeatureCollection | undefined, region: Bounds): Feature<MultiLineString, RiverProps>[] {
  return (source?.features ?? [])
    .map((f) => lineFeature(clipLines(linesOf(f.geometry), region), { name: str(f.properties ?? {}, 'name_en', 'name'), rank: num(f.properties ?? {}, 'scalerank', 10) }))
    .filter((f) => f.geometry.coordinates.length > 0)
    .sort((a, b) => a.properties.rank - b.properties.rank || a.properties.name.localeCompare(b.properties.name));
}

function waters(source: FeatureCollection | undefined, region: Bounds, playa: boolean): Feature<MultiPolygon, WaterProps>[] {
  return (source?.features ?? [])
    .map((f) => {
      const p = f.properties ?? {};
      const kind: WaterProps['kind'] = playa ? 'playa' : /reservoir/i.test(str(p, 'featurecla')) ? 'reservoir' : 'lake';
      return areaFeature(clipPolygons(polygonsOf(f.geometry), region), { name: str(p, 'name_en', 'name'), rank: num(p, 'scalerank', 10), kind });
    })
    .filter((f) => f.geometry.coordinates.length > 0)
    .sort((a, b) => a.properties.rank - b.properties.rank || a.properties.name.localeCompare(b.properties.name));
}

function pointsIn(source: FeatureCollection | undefined, region: Bounds): { at: Position; p: Props }[] {
  return (source?.features ?? []).flatMap((f) => {
    const g = f.geometry;
    if (g?.type !== 'Point') return [];
    return containsPoint(region, g.coordinates as LonLat) ? [{ at: g.coordinates, p: (f.properties ?? {}) as Props }] : [];
  });
}

function towns(source: FeatureCollection | undefined, region: Bounds, options: Required<MakeOptions>): Feature<Point, TownProps>[] {
  return pointsIn(source, region)
    .map(({ at, p }) => ({
      at,
      pop: num(p, 'pop_max', 0),
      props: {
        name: str(p, 'name', 'nameascii'),
        rank: num(p, 'scalerank', 10),
        capital: (num(p, 'adm0cap', 0) === 1 ? 1 : /admin-1 capital/i.test(str(p, 'featurecla')) ? 2 : 0) as TownProps['capital'],
        minZoom: num(p, 'min_zoom', 10),
      },
    }))
    .filter((t) => t.props.name && t.props.minZoom <= options.maxTownZoom)
    .sort((a, b) => a.props.rank - b.props.rank || b.pop - a.pop || a.props.name.localeCompare(b.props.name))
    .slice(0, options.maxTowns)
    .map((t) => pointFeature(t.at, t.props));
}

function admin1(source: FeatureCollection | undefined, region: Bounds): Feature<Point, Admin1Props>[] {
  return pointsIn(source, region)
    .map(({ at, p }) => pointFeature(at, { name: plainName(str(p, 'name')), country: str(p, 'iso_a2'), rank: num(p, 'scalerank', 10) }))
    .filter((f) => f.properties.name)
    .sort((a, b) => a.properties.rank - b.properties.rank || a.properties.name.localeCompare(b.properties.name));
}

function physical(peaks: FeatureCollection | undefined, regions: FeatureCollection | undefined, region: Bounds): Feature<Point, PhysicalProps>[] {
  const of = (source: FeatureCollection | undefined, peak: boolean) =>
    pointsIn(source, region).map(({ at, p }) => {
      const elevation = num(p, 'elevation', NaN);
      const props: PhysicalProps = { name: str(p, 'name'), rank: num(p, 'scalerank', 10), kind: peak ? 'peak' : str(p, 'featurecla').toLowerCase() || 'region' };
      if (Number.isFinite(elevation)) props.elevation = elevation;
      return pointFeature(at, props);
    });
  return [...of(peaks, true), ...of(regions, false)].filter((f) => f.properties.name).sort((a, b) => a.properties.rank - b.properties.rank || a.properties.name.localeCompare(b.properties.name));
}

/**
 * The basemap of `region` ([west, south, east, north] as a Bounds). Lines and areas are simplified to about a
 * two-thousandth of the region's span (about 250 m for a region 5° across) and quantised to about a
 * ten-thousandth; points keep their Natural Earth positions to the same grid.
 */
export function makeBasemap(sources: BasemapSources, region: Bounds, options: MakeOptions = {}): BasemapTopology {
  const settings: Required<MakeOptions> = { maxTowns: options.maxTowns ?? 150, maxTownZoom: options.maxTownZoom ?? 8 };
  const objects = {
    countries: collection(countries(sources.world, region)),
    borders: collection(meshLines(sources.world, region, 'borders')),
    coast: collection(meshLines(sources.world, region, 'coast')),
    water: collection([...waters(sources.lakes, region, false), ...waters(sources.playas, region, true)]),
    rivers: collection(rivers(sources.rivers, region)),
    towns: collection(towns(sources.towns, region, settings)),
    admin1: collection(admin1(sources.admin1, region)),
    physical: collection(physical(sources.peaks, sources.regions, region)),
  };
  const span = Math.max(region.east - region.west, region.north - region.south);
  const tolerance = span / 2000;
  let t = topology(objects) as Topology<Record<string, GeometryCollection<Record<string, unknown>>>>;
  type T = typeof t;
  t = presimplify(t);
  t = simplify(t, (tolerance * tolerance) / 2);
  t = filter(t, filterWeight(t, tolerance * tolerance * 4)) as T;
  t = quantize(t, 10_000);
  const bbox: [number, number, number, number] = [region.west, region.south, region.east, region.north];
  return {
    ...(t as unknown as BasemapTopology),
    bbox,
    sitrep: { version: BASEMAP_VERSION, region: bbox, sources: BASEMAP_SOURCES },
  };
}
