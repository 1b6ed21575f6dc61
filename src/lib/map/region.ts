/**
 * The part of the world a report's map shows: the frame (what the map opens on: the report's point places,
 * padded for labels and controls) and the region (the frame with a margin for panning and zooming out: what
 * the basemap covers). Both come from the report's coordinates alone, so `npm run basemap` and the build agree.
 */
import type { Report } from '../schema/report.ts';
import { boundsOf, mercatorY, padBounds, roundOut, type Bounds, type LonLat } from './geo.ts';
import { isAreaKind } from './symbols.ts';

/** Share of the points' extent added around the frame (at least 0.25°): room for labels and the map's controls. */
export const FRAME_PAD = 0.12;

type Located = { lat: number; lon: number; kind: Report['places'][number]['kind']; precision: Report['places'][number]['precision'] };

const isArea = (p: Located): boolean => isAreaKind(p.kind) || p.precision === 'region';

/** The frame's shape, width to height on screen: no narrower than 5:4, no wider than 2:1. */
export const FRAME_ASPECT: [min: number, max: number] = [1.25, 2];

/** The box grown across (or down) so that its Web Mercator shape lies within `FRAME_ASPECT`. */
export function withAspect(b: Bounds, [min, max]: [number, number] = FRAME_ASPECT): Bounds {
  const RAD = Math.PI / 180;
  const w = (b.east - b.west) * RAD;
  const h = mercatorY(b.north) - mercatorY(b.south);
  if (h <= 0 || w <= 0) return b;
  if (w / h < min) {
    const grow = (min * h - w) / RAD / 2;
    return { ...b, west: Math.max(-180, b.west - grow), east: Math.min(180, b.east + grow) };
  }
  if (w / h > max) {
    const mid = (mercatorY(b.north) + mercatorY(b.south)) / 2;
    const half = w / max / 2;
    const lat = (y: number) => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD;
    return { ...b, south: Math.max(-85, lat(mid - half)), north: Math.min(85, lat(mid + half)) };
  }
  return b;
}

/** What the map opens on: every point place (areas only when there is nothing else), padded, in a landscape shape. */
export function mapFrame(places: readonly Located[], pad = FRAME_PAD): Bounds {
  const points = places.filter((p) => !isArea(p)).map((p): LonLat => [p.lon, p.lat]);
  const core = boundsOf(points.length > 0 ? points : places.map((p): LonLat => [p.lon, p.lat])) ?? { west: -10, south: -10, east: 10, north: 10 };
  return roundOut(withAspect(padBounds(core, pad, 0.25)), 0.001);
}

/** What the basemap covers: the frame grown by a quarter (at least 1°) on each side, to whole tenths of a degree. */
export function regionOfFrame(frame: Bounds): Bounds {
  return roundOut(padBounds(frame, 0.25, 1), 0.1);
}

/** The region of a report's map (what `npm run basemap` clips to). */
export function mapRegion(report: Pick<Report, 'places'>): Bounds {
  return regionOfFrame(mapFrame(report.places));
}
