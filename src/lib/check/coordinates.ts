/**
 * Coordinates read against the world (issue 14): a place lies inside the country it declares (the
 * Natural Earth polygons of `world-atlas`, the map's basemap data), within a tolerance for border
 * places; a place declaring no country lies on land. Swapped latitude and longitude, a flipped sign
 * and a point in the sea are errors naming the place, with the fix that would put it right. A place
 * thousands of kilometres from the report's others is a warning. Nothing here names a country: the
 * codes come from the report, the polygons and names from world-atlas and Intl.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { countryName, numericOfAlpha2 } from '../acled/countries.ts';
import { loadWorld, type WorldScale } from '../map/datasets.ts';
import { distanceKm, type LonLat } from '../map/geo.ts';
import type { Locate, Problem } from '../report/problem.ts';
import type { Place } from '../schema/place.ts';

/** How far outside its country's polygon a place may lie (Natural Earth 1:50m borders are a few km off at worst). */
export const BORDER_TOLERANCE_KM = 10;
/** A place this far from the middle of the report's other places gets a warning. */
export const OUTLIER_KM = 2_000;

interface Country {
  numeric: string;
  name: string;
  shape: Feature<Polygon | MultiPolygon>;
  /** Bounding box [west, south, east, north], widened by nothing. */
  box: [number, number, number, number];
}

const worlds = new Map<WorldScale, Country[]>();
const byNumeric = new Map<string, Country | null>();

function toCountry(f: Feature): Country | undefined {
  if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') return undefined;
  const shape = f as Feature<Polygon | MultiPolygon, { name: string }>;
  return { numeric: String(f.id ?? ''), name: shape.properties?.name ?? '', shape, box: boxOf(shape) };
}

/**
 * Every country's polygons at `scale`, converted once. The check of a place that declares no
 * country uses the small 1:110m set (a fraction of the cost) with a wider tolerance; names of the
 * country a wrong point lies in come from 1:50m.
 */
function world(scale: WorldScale = '50m'): Country[] {
  let list = worlds.get(scale);
  if (!list) {
    const topology = loadWorld(scale);
    list = feature(topology, topology.objects.countries).features.map(toCountry).filter((c): c is Country => c !== undefined);
    worlds.set(scale, list);
  }
  return list;
}

/** 1:110m borders can be tens of km off: the tolerance for "on land" when no country is declared. */
const COARSE_TOLERANCE_KM = 30;

/** One country's polygons by ISO numeric code, converted alone (the common case needs no other). */
function country(numeric: string): Country | undefined {
  if (!byNumeric.has(numeric)) {
    const topology = loadWorld('50m');
    const geometry = topology.objects.countries.geometries.find((g) => String(g.id) === numeric);
    byNumeric.set(numeric, geometry ? toCountry(feature(topology, geometry) as Feature) ?? null : null);
  }
  return byNumeric.get(numeric) ?? undefined;
}

function rings(shape: Feature<Polygon | MultiPolygon>): number[][][] {
  return shape.geometry.type === 'Polygon' ? shape.geometry.coordinates : shape.geometry.coordinates.flat();
}

function boxOf(shape: Feature<Polygon | MultiPolygon>): [number, number, number, number] {
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const ring of rings(shape)) for (const [x, y] of ring as LonLat[]) {
    w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
  }
  return [w, s, e, n];
}

/** Even-odd point in polygon over every ring, on the plane of lon/lat (world-atlas cuts rings at the antimeridian). */
function contains(shape: Feature<Polygon | MultiPolygon>, [x, y]: LonLat): boolean {
  let inside = false;
  for (const ring of rings(shape)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as LonLat;
      const [xj, yj] = ring[j] as LonLat;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Shortest distance in km from `point` to the outline of `country` (0 inside). */
function distanceTo(country: Country, point: LonLat, limitKm: number): number {
  const [lon, lat] = point;
  const pad = limitKm / 111 / Math.max(0.1, Math.cos((lat * Math.PI) / 180)) + limitKm / 111;
  const [w, s, e, n] = country.box;
  if (lon < w - pad || lon > e + pad || lat < s - pad || lat > n + pad) return Infinity;
  if (contains(country.shape, point)) return 0;
  // Equirectangular around the point: good enough for the few km that a tolerance is.
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  const ky = 110.57;
  let best = Infinity;
  for (const ring of rings(country.shape)) {
    for (let i = 1; i < ring.length; i++) {
      const ax = (ring[i - 1]![0]! - lon) * kx, ay = (ring[i - 1]![1]! - lat) * ky;
      const bx = (ring[i]![0]! - lon) * kx, by = (ring[i]![1]! - lat) * ky;
      const dx = bx - ax, dy = by - ay;
      const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

/** Whether any country holds `point` (within `toleranceKm`): containment first, distances only when none holds it. */
function anyWithin(point: LonLat, toleranceKm: number, scale: WorldScale): boolean {
  const list = world(scale);
  const [x, y] = point;
  if (list.some((c) => x >= c.box[0] && x <= c.box[2] && y >= c.box[1] && y <= c.box[3] && contains(c.shape, point))) return true;
  return list.some((c) => distanceTo(c, point, toleranceKm) <= toleranceKm);
}

/** The countries whose polygon holds `point` (within `toleranceKm`). */
function countriesAt(point: LonLat, toleranceKm: number, scale: WorldScale = '50m'): Country[] {
  return world(scale).filter((c) => distanceTo(c, point, toleranceKm) <= toleranceKm);
}

const fmt = (n: number) => String(Number(n.toFixed(6)));

interface Candidate { lat: number; lon: number; hint: string }

/** Readings of a wrong pair that an editor may have meant: swapped, or with a sign flipped. */
function alternatives(lat: number, lon: number): Candidate[] {
  const out: Candidate[] = [];
  if (Math.abs(lon) <= 90) out.push({ lat: lon, lon: lat, hint: 'did you swap lat and lon?' });
  if (lon !== 0) out.push({ lat, lon: -lon, hint: 'did you flip the sign of lon? (east is positive)' });
  if (lat !== 0) out.push({ lat: -lat, lon, hint: 'did you flip the sign of lat? (north is positive)' });
  if (lat !== 0 && lon !== 0) out.push({ lat: -lat, lon: -lon, hint: 'did you flip both signs? (north and east are positive)' });
  return out;
}

/** The place's declared country codes (`country` and `borderCountries`). */
export function declaredCountries(place: Pick<Place, 'country' | 'borderCountries'>): string[] {
  return [...(place.country ? [place.country] : []), ...(place.borderCountries ?? [])];
}

/** Errors for places outside their country or in the sea, and warnings for places far from the rest. */
export function checkCoordinates(file: string, places: readonly Place[], locate: Locate): Problem[] {
  const problems: Problem[] = [];
  const wrong = new Set<number>();
  places.forEach((place, i) => {
    const codes = declaredCountries(place);
    const numeric = codes.map((c) => numericOfAlpha2(c)).filter((n): n is string => n !== undefined);
    const tolerance = BORDER_TOLERANCE_KM + (place.precision === 'exact' ? 0 : place.radiusKm ?? 0);
    const point: LonLat = [place.lon, place.lat];
    // Inside a declared country (the common case) is one polygon test on 1:50m; near its border, a distance.
    const declared = numeric.map((n) => country(n)).filter((c): c is Country => c !== undefined);
    const inDeclared = (p: LonLat) => declared.some((c) => distanceTo(c, p, tolerance) <= tolerance);
    const onLand = (p: LonLat) => anyWithin(p, tolerance + COARSE_TOLERANCE_KM, '110m');
    // A declared code world-atlas has no polygon for (a tiny territory): nothing to check against.
    if (codes.length > 0 && declared.length === 0) return;
    if (declared.length > 0 ? inDeclared(point) : onLand(point)) return;
    wrong.add(i);
    const at = `(lat ${fmt(place.lat)}, lon ${fmt(place.lon)})`;
    // Where it does lie, on the small map (a name for the message, not a verdict).
    const here = countriesAt(point, 0, '110m');
    const where = here.length > 0 ? `in ${here.map((c) => c.name).join(' / ')}` : onLand(point) ? 'in no country (near a coast or border)' : 'in the sea (in no country)';
    const declaredText = codes.length > 0 ? `, not in ${codes.map((c) => `${c} (${countryName(c)})`).join(' or ')}` : '';
    const good = alternatives(place.lat, place.lon).find((alt) => {
      const p: LonLat = [alt.lon, alt.lat];
      return declared.length > 0 ? inDeclared(p) : onLand(p) && nearOthers(places, i, p);
    });
    problems.push({
      file,
      ...locate(['places', i, 'lat']),
      path: `places[${i}].lat`,
      message: `place '${place.id}' ${at} lies ${where}${declaredText}${good ? `; ${good.hint}` : ''}`,
      fix: good
        ? `write lat: ${fmt(good.lat)}, lon: ${fmt(good.lon)}`
        : codes.length > 0
          ? `check the coordinates against a map (decimal degrees, north and east positive); if the place sits on a border, list the other country in borderCountries`
          : 'check the coordinates against a map (decimal degrees, north and east positive)',
      severity: 'error',
      rule: 'coordinates',
    });
  });
  problems.push(...outliers(file, places, locate, wrong));
  return problems;
}

function centre(points: readonly LonLat[]): LonLat {
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  return [median(points.map((p) => p[0])), median(points.map((p) => p[1]))];
}

function nearOthers(places: readonly Place[], i: number, point: LonLat): boolean {
  const others = places.filter((_, j) => j !== i).map((p): LonLat => [p.lon, p.lat]);
  return others.length === 0 || distanceKm(centre(others), point) < OUTLIER_KM;
}

function outliers(file: string, places: readonly Place[], locate: Locate, skip: ReadonlySet<number>): Problem[] {
  if (places.length < 3) return [];
  const problems: Problem[] = [];
  places.forEach((place, i) => {
    if (skip.has(i)) return;
    const others = places.filter((_, j) => j !== i && !skip.has(j)).map((p): LonLat => [p.lon, p.lat]);
    if (others.length < 2) return;
    const km = distanceKm(centre(others), [place.lon, place.lat]);
    if (km < OUTLIER_KM) return;
    problems.push({
      file,
      ...locate(['places', i, 'lat']),
      path: `places[${i}].lat`,
      message: `place '${place.id}' lies ${Math.round(km).toLocaleString('en')} km from the middle of the report's other places; the map will zoom out to show it`,
      fix: 'check its coordinates; if the place really is that far away, this warning can stay',
      severity: 'warning',
      rule: 'coordinates-outlier',
    });
  });
  return problems;
}
