import { describe, expect, it } from 'vitest';
import { fitLines, fitText, overlaps, packRows, placeAlong, stackLabels, textWidth } from '../../../../src/lib/timeline/labels.ts';

describe('fitText()', () => {
  it('keeps text that fits and cuts long text at a word, with an ellipsis', () => {
    expect(fitText('U.S. strike', 200, 11)).toBe('U.S. strike');
    const cut = fitText('U.S. precision strikes on the IRGC and Iranian-linked groups', 120, 11);
    expect(cut).toMatch(/^U\.S\. precision.*…$/);
    expect(textWidth(cut!, 11)).toBeLessThanOrEqual(120);
  });

  it('gives null when not even one word fits', () => {
    expect(fitText('Extraordinarily', 20, 11)).toBeNull();
  });
});

describe('packRows()', () => {
  it('puts overlapping items in different rows and keeps their labels', () => {
    const items = [
      { span: { from: 0, to: 100 }, core: { from: 0, to: 10 } },
      { span: { from: 50, to: 150 }, core: { from: 50, to: 60 } },
      { span: { from: 120, to: 200 }, core: { from: 120, to: 130 } },
    ];
    expect(packRows(items, 3)).toEqual([
      { row: 0, labeled: true },
      { row: 1, labeled: true },
      { row: 0, labeled: true },
    ]);
  });

  it('drops the label when no row has room, but still places the mark', () => {
    const items = Array.from({ length: 4 }, (_, i) => ({ span: { from: i, to: i + 100 }, core: { from: i * 20, to: i * 20 + 10 } }));
    const placed = packRows(items, 2);
    expect(placed.filter((p) => p.labeled)).toHaveLength(2);
    expect(placed.every((p) => p.row >= 0 && p.row < 2)).toBe(true);
  });
});

describe('stackLabels()', () => {
  it('pushes colliding labels apart and thins those pushed too far', () => {
    const placed = stackLabels([10, 12, 14, 100], 13, 20, 1000);
    expect(placed).toEqual([10, 23, null, 100]);
    const kept = placed.filter((p): p is number => p !== null).sort((a, b) => a - b);
    for (let i = 1; i < kept.length; i++) expect(kept[i]! - kept[i - 1]!).toBeGreaterThanOrEqual(13);
  });

  it('overlaps() sees touching spans as apart', () => {
    expect(overlaps({ from: 0, to: 10 }, { from: 10, to: 20 })).toBe(false);
    expect(overlaps({ from: 0, to: 11 }, { from: 10, to: 20 })).toBe(true);
  });
});

describe('fitLines()', () => {
  it('breaks a title into two lines that fit, cutting the rest', () => {
    const lines = fitLines('U.S. precision strikes on the IRGC and Iranian-linked groups in Abu Kamal and al-Mayadin', 170, 11, 2)!;
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('U.S. precision strikes on');
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(170);
  });

  it('keeps short text on one line', () => {
    expect(fitLines('Meeting', 170, 11, 2)).toEqual(['Meeting']);
  });
});

describe('placeAlong()', () => {
  it('keeps blocks of different sizes clear of each other and of taken spans', () => {
    const placed = placeAlong([{ at: 0, size: 26 }, { at: 10, size: 13 }, { at: 100, size: 13 }], [{ from: 95, to: 105 }], 40, 1000);
    expect(placed).toEqual([0, 26, 105]);
  });

  it('drops a block pushed too far', () => {
    expect(placeAlong([{ at: 0, size: 50 }, { at: 1, size: 13 }], [], 20, 1000)).toEqual([0, null]);
  });

  it('lets a block with its own reach (a label along a long range) slide further', () => {
    expect(placeAlong([{ at: 0, size: 50 }, { at: 1, size: 13, maxShift: 100 }], [], 20, 1000)).toEqual([0, 50]);
  });
});
