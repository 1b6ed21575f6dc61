/** Small geometry helpers for the map: boxes, distances, circles and screen angles, in WGS84 degrees. */
import { geoCircle, geoDistance } from 'd3-geo';

/** A longitude/latitude pair, GeoJSON order. */
export type LonLat = [lon: number, lat: number];

/** A box in degrees: west/east longitudes, south/north latitudes. */
export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The mean Earth radius d3-geo's angles are turned into kilometres with (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** The smallest box holding every point; undefined for no points. */
export function boundsOf(points: readonly LonLat[]): Bounds | undefined {
  if (points.length === 0) return undefined;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return { west, south, east, north };
}

/** Grows a box by a share of its size on each side, and by at least `minDeg` degrees. */
export function padBounds(b: Bounds, share: number, minDeg = 0): Bounds {
  const dx = Math.max((b.east - b.west) * share, minDeg);
  const dy = Math.max((b.north - b.south) * share, minDeg);
  return {
    west: Math.max(-180, b.west - dx),
    east: Math.min(180, b.east + dx),
    south: Math.max(-85, b.south - dy),
    north: Math.min(85, b.north + dy),
  };
}

/** The box grown outwards to whole multiples of `step` degrees, so a clip box has tidy edges. */
export function roundOut(b: Bounds, step = 0.01): Bounds {
  const r = (v: number, f: (x: number) => number) => round(f(v / step) * step, 6);
  return { west: r(b.west, Math.floor), south: r(b.south, Math.floor), east: r(b.east, Math.ceil), north: r(b.north, Math.ceil) };
}

export function containsPoint(b: Bounds, [lon, lat]: LonLat): boolean {
  return lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north;
}

export function intersects(a: Bounds, b: Bounds): boolean {
  return a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;
}

/** Great-circle distance in kilometres (d3-geo's `geoDistance`). */
export function distanceKm(a: LonLat, b: LonLat): number {
  return geoDistance(a, b) * EARTH_RADIUS_KM;
}

/** A closed ring approximating the circle of `km` around `center` (d3-geo's `geoCircle`, a point every `stepDeg` degrees of arc). */
export function circleRing(center: LonLat, km: number, stepDeg = 10): LonLat[] {
  const ring = geoCircle().center(center).radius(km / EARTH_RADIUS_KM / RAD).precision(stepDeg)().coordinates[0] ?? [];
  return ring.map(([lon, lat]) => [round(lon as number, 5), round(lat as number, 5)]);
}

/** Web Mercator y (unitless) of a latitude: the projection Leaflet and the static map share. */
export function mercatorY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
}

/**
 * The on-screen angle of the segment from `a` to `b` in Web Mercator, in degrees clockwise from
 * east (screen y grows downwards), the same at every zoom: used to turn arrowheads.
 */
export function screenAngle(a: LonLat, b: LonLat): number {
  const dx = (b[0] - a[0]) * RAD;
  const dy = -(mercatorY(b[1]) - mercatorY(a[1]));
  const angle = round(Math.atan2(dy, dx) / RAD, 2) || 0;
  return angle <= -180 ? angle + 360 : angle;
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A "nice" length for a scale bar no longer than `maxKm`: 1, 2 or 5 times a power of ten. */
export function niceDistance(maxKm: number): number {
  if (!(maxKm > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(maxKm));
  const steps = [5, 2, 1];
  for (const step of steps) if (step * power <= maxKm) return step * power;
  return power;
}
