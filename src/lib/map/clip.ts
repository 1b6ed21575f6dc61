/** Clipping of rings and lines to a longitude/latitude box, planar in degrees (fine at a regional scale). */
import type { Bounds, LonLat } from './geo.ts';

type Edge = { inside: (p: LonLat) => boolean; cross: (a: LonLat, b: LonLat) => LonLat };

function edges(b: Bounds): Edge[] {
  const atX = (x: number) => (a: LonLat, c: LonLat): LonLat => [x, a[1] + ((c[1] - a[1]) * (x - a[0])) / (c[0] - a[0])];
  const atY = (y: number) => (a: LonLat, c: LonLat): LonLat => [a[0] + ((c[0] - a[0]) * (y - a[1])) / (c[1] - a[1]), y];
  return [
    { inside: (p) => p[0] >= b.west, cross: atX(b.west) },
    { inside: (p) => p[0] <= b.east, cross: atX(b.east) },
    { inside: (p) => p[1] >= b.south, cross: atY(b.south) },
    { inside: (p) => p[1] <= b.north, cross: atY(b.north) },
  ];
}

/**
 * Clips a closed ring to the box (Sutherland–Hodgman). Returns a closed ring, or an empty
 * array when nothing is left. Concave shapes may keep zero-width slivers along the box's edge,
 * which is harmless for filling.
 */
export function clipRing(ring: readonly LonLat[], b: Bounds): LonLat[] {
  let points: LonLat[] = ring.slice(0, ring.length > 1 && same(ring[0], ring[ring.length - 1]) ? -1 : undefined);
  for (const edge of edges(b)) {
    if (points.length === 0) break;
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i] as LonLat;
      const previous = input[(i + input.length - 1) % input.length] as LonLat;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) points.push(edge.cross(previous, current));
        points.push(current);
      } else if (edge.inside(previous)) {
        points.push(edge.cross(previous, current));
      }
    }
  }
  if (points.length < 3) return [];
  points.push(points[0] as LonLat);
  return points;
}

/** Clips a line to the box; the parts inside, each at least two points long. */
export function clipLine(line: readonly LonLat[], b: Bounds): LonLat[][] {
  const parts: LonLat[][] = [];
  let current: LonLat[] = [];
  for (let i = 1; i < line.length; i++) {
    const segment = clipSegment(line[i - 1] as LonLat, line[i] as LonLat, b);
    if (!segment) {
      if (current.length > 1) parts.push(current);
      current = [];
      continue;
    }
    const [a, c] = segment;
    if (current.length === 0 || !same(current[current.length - 1], a)) {
      if (current.length > 1) parts.push(current);
      current = [a];
    }
    current.push(c);
  }
  if (current.length > 1) parts.push(current);
  return parts;
}

/** Liang–Barsky: the part of segment a–c inside the box, or undefined. */
export function clipSegment(a: LonLat, c: LonLat, b: Bounds): [LonLat, LonLat] | undefined {
  const dx = c[0] - a[0];
  const dy = c[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const checks: [number, number][] = [
    [-dx, a[0] - b.west],
    [dx, b.east - a[0]],
    [-dy, a[1] - b.south],
    [dy, b.north - a[1]],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return undefined;
  }
  return [
    [a[0] + t0 * dx, a[1] + t0 * dy],
    [a[0] + t1 * dx, a[1] + t1 * dy],
  ];
}

function same(a: LonLat | undefined, b: LonLat | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}
