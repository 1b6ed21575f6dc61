import { describe, expect, it } from 'vitest';
import { box, labelBox, overlap, placeLabels, placeTag, tagBox } from '../../../../src/lib/map/labels.ts';

describe('placeLabels()', () => {
  it('puts a label on the right when that side is free', () => {
    expect(placeLabels([{ id: 'a', x: 100, y: 100, text: 'al-Tanf base' }], [], 800, 600).get('a')).toBe('right');
  });

  it('moves a label to the left when a symbol sits on its right, or when the right edge is near', () => {
    const blocker = labelBox('right', 100, 100, 'al-Shaddadi');
    expect(placeLabels([{ id: 'a', x: 100, y: 100, text: 'al-Shaddadi' }], [blocker], 800, 600).get('a')).not.toBe('right');
    expect(placeLabels([{ id: 'b', x: 795, y: 100, text: 'Kharab al-Jir base' }], [], 800, 600).get('b')).toBe('left');
  });

  it('keeps two neighbours\' labels from overlapping', () => {
    const items = [{ id: 'a', x: 100, y: 100, text: 'Qamishli' }, { id: 'b', x: 100, y: 104, text: 'Qamishli Airport' }];
    const sides = placeLabels(items, [], 800, 600);
    const a = labelBox(sides.get('a')!, 100, 100, 'Qamishli');
    const b = labelBox(sides.get('b')!, 100, 104, 'Qamishli Airport');
    expect(overlap(a, [b])).toBe(0);
  });
});

describe('placeTag()', () => {
  it('moves an axis name off a symbol under it', () => {
    const symbol = box(90, 80, 20, 20);
    const spot = placeTag(100, 98, 'Second axis', [symbol]);
    expect(overlap(tagBox(spot.x, spot.y, 'Second axis'), [symbol])).toBe(0);
  });
});
