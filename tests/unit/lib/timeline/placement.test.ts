import { describe, expect, it } from 'vitest';
import { clampSpan, collides, firstFit, inside, Occupancy, offsetsNear, offsetsUp } from '../../../../src/lib/timeline/placement.ts';

describe('placement', () => {
  it('collides() sees touching boxes as apart, and keeps a gap when asked', () => {
    expect(collides({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 })).toBe(false);
    expect(collides({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 }, 2)).toBe(true);
    expect(inside({ x: 1, y: 1, w: 5, h: 5 }, { x: 0, y: 0, w: 6, h: 6 })).toBe(true);
  });

  it('clampSpan() moves a box back inside, never shrinking it', () => {
    expect(clampSpan(600, 100, 8, 632)).toBe(532);
    expect(clampSpan(-5, 100, 8, 632)).toBe(8);
  });

  it('firstFit() takes the first free offset for a mark and its label together', () => {
    const taken = new Occupancy('x');
    taken.add({ x: 0, y: 0, w: 100, h: 20 });
    const shapes = [{ boxes: [{ x: 50, y: 0, w: 10, h: 10 }, { x: 50, y: 12, w: 80, h: 13 }], data: 'label' }];
    const fit = firstFit(shapes, offsetsUp(0, 100, 4), 'y', taken, { x: 0, y: 0, w: 640, h: 200 }, 3);
    expect(fit?.offset).toBe(24);
  });

  it('firstFit() gives null when nothing fits inside the bounds', () => {
    const taken = new Occupancy('y');
    taken.add({ x: 0, y: 0, w: 100, h: 100 });
    expect(firstFit([{ boxes: [{ x: 0, y: 0, w: 50, h: 20 }], data: null }], offsetsNear(10, 0, 60, 1), 'y', taken, { x: 0, y: 0, w: 100, h: 80 }, 0)).toBeNull();
  });

  it('offsetsNear() tries the wanted offset first, then further away', () => {
    expect(offsetsNear(5, 0, 10, 2)).toEqual([5, 7, 3, 9, 1]);
  });
});
