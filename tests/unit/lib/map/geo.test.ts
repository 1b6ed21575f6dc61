import { describe, expect, it } from 'vitest';
import { boundsOf, circleRing, distanceKm, niceDistance, padBounds, screenAngle } from '../../../../src/lib/map/geo.ts';
import { withAspect } from '../../../../src/lib/map/region.ts';
import { clipLine, clipRing } from '../../../../src/lib/map/clip.ts';
import { declutter } from '../../../../src/lib/map/declutter.ts';

describe('distanceKm()', () => {
  it('measures al-Tanf to Damascus as about 210 km', () => {
    expect(distanceKm([38.6178, 33.5058], [36.2919, 33.5131])).toBeGreaterThan(205);
    expect(distanceKm([38.6178, 33.5058], [36.2919, 33.5131])).toBeLessThan(220);
  });
});

describe('circleRing()', () => {
  it('puts every point of a 30 km circle 30 km from its centre (d3-geo), and closes the ring', () => {
    const centre: [number, number] = [38.7936, 33.3747];
    const ring = circleRing(centre, 30, 15);
    expect(ring).toHaveLength(25);
    expect(ring[0]).toEqual(ring[24]);
    for (const p of ring) expect(distanceKm(centre, p)).toBeCloseTo(30, 1);
  });
});

describe('withAspect()', () => {
  it('widens a tall frame to 5:4 on screen and leaves a landscape one alone', () => {
    const tall = withAspect({ west: 37.4, south: 46.9, east: 38.6, north: 49.1 });
    expect(tall.south).toBe(46.9);
    expect(tall.east - tall.west).toBeGreaterThan(1.2 * 2.2);
    const wide = { west: 35, south: 33, east: 43, north: 37 };
    expect(withAspect(wide)).toEqual(wide);
  });
});

describe('boundsOf() and padBounds()', () => {
  it('boxes points and pads by a share with a minimum', () => {
    const b = boundsOf([[36, 33], [42, 37]]);
    expect(b).toEqual({ west: 36, south: 33, east: 42, north: 37 });
    expect(padBounds(b!, 0.1, 0.5)).toEqual({ west: 35.4, south: 32.5, east: 42.6, north: 37.5 });
    expect(boundsOf([])).toBeUndefined();
  });
});

describe('screenAngle()', () => {
  it('points east at 0, north at -90 (screen y grows down)', () => {
    expect(screenAngle([38, 33], [39, 33])).toBe(0);
    expect(screenAngle([38, 33], [38, 34])).toBe(-90);
    expect(screenAngle([38, 33], [37, 33])).toBe(180);
  });
});

describe('niceDistance()', () => {
  it('picks 1, 2 or 5 times a power of ten', () => {
    expect(niceDistance(130)).toBe(100);
    expect(niceDistance(260)).toBe(200);
    expect(niceDistance(74)).toBe(50);
  });
});

describe('clipRing()', () => {
  it('cuts a square down to the box', () => {
    const ring = clipRing([[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], { west: 1, south: 1, east: 3, north: 5 });
    expect(boundsOf(ring)).toEqual({ west: 1, south: 1, east: 3, north: 4 });
    expect(ring[0]).toEqual(ring[ring.length - 1]);
  });
  it('returns nothing for a ring outside the box', () => {
    expect(clipRing([[0, 0], [1, 0], [1, 1], [0, 0]], { west: 5, south: 5, east: 6, north: 6 })).toEqual([]);
  });
});

describe('clipLine()', () => {
  it('splits a line that leaves and re-enters the box', () => {
    const parts = clipLine([[0, 0], [2, 0], [2, 5], [0, 5]], { west: -1, south: -1, east: 3, north: 3 });
    expect(parts).toHaveLength(1);
    expect(parts[0]).toEqual([[0, 0], [2, 0], [2, 3]]);
    const two = clipLine([[0, 0], [0, 10], [1, 10], [1, 0]], { west: -1, south: -1, east: 2, north: 3 });
    expect(two).toEqual([[[0, 0], [0, 3]], [[1, 3], [1, 0]]]);
  });
});

describe('declutter()', () => {
  it('keeps the first of a crowd on its point and rings the others around it', () => {
    const nudges = declutter([{ id: 'city', x: 100, y: 100 }, { id: 'province', x: 100, y: 100 }, { id: 'countryside', x: 101, y: 100 }, { id: 'far', x: 300, y: 100 }]);
    expect(nudges.get('city')).toEqual({ dx: 0, dy: 0, moved: false });
    expect(nudges.get('far')).toEqual({ dx: 0, dy: 0, moved: false });
    const a = nudges.get('province')!;
    const b = nudges.get('countryside')!;
    expect(a.moved && b.moved).toBe(true);
    expect(Math.hypot(a.dx, a.dy)).toBeGreaterThanOrEqual(15);
    const pa = [100 + a.dx, 100 + a.dy];
    const pb = [101 + b.dx, 100 + b.dy];
    expect(Math.hypot(pa[0]! - pb[0]!, pa[1]! - pb[1]!)).toBeGreaterThan(12);
  });
});

describe('declutter() near other markers', () => {
  it('sets a moved marker clear of a neighbouring crowd', () => {
    const nudges = declutter([{ id: 'a', x: 100, y: 100 }, { id: 'b', x: 100, y: 84 }, { id: 'a2', x: 100, y: 100 }], 12, 16);
    const moved = nudges.get('a2')!;
    const spot = { x: 100 + moved.dx, y: 100 + moved.dy };
    expect(Math.hypot(spot.x - 100, spot.y - 84)).toBeGreaterThanOrEqual(16);
    expect(Math.hypot(spot.x - 100, spot.y - 100)).toBeGreaterThanOrEqual(16);
  });
});
