import { describe, expect, it } from 'vitest';
import { textShapes, textWidth, wrap } from '../../../../src/lib/timeline/measure.ts';

describe('textWidth()', () => {
  it('is at least what Chromium measures in DejaVu Sans and Liberation Sans (the widest common UI fonts)', () => {
    // Measured with canvas measureText at 100px in this project's Chromium (DejaVu Sans 2578, Liberation Sans 2273).
    expect(textWidth('U.S. airstrikes against Iranian militias in Deir ez-Zor', 100)).toBeGreaterThanOrEqual(2578);
    expect(textWidth('WWW MMM', 10)).toBeGreaterThan(textWidth('iii lll', 10) * 2);
  });

  it('counts bold text wider', () => {
    expect(textWidth('Context', 10, true)).toBeGreaterThan(textWidth('Context', 10));
  });
});

describe('wrap()', () => {
  const title = 'U.S. precision strikes on the IRGC and Iranian-linked groups in Abu Kamal and al-Mayadin';

  it('breaks at spaces into lines that fit, and never drops or shortens a word', () => {
    const lines = wrap(title, 170, 11)!;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
    for (const line of lines) {
      expect(textWidth(line, 11)).toBeLessThanOrEqual(170);
      expect(line).not.toMatch(/…$/);
    }
  });

  it('gives null when the text needs more lines than allowed, or a word is too wide', () => {
    expect(wrap(title, 170, 11, 2)).toBeNull();
    expect(wrap('Extraordinarily', 20, 11)).toBeNull();
  });

  it('keeps short text on one line', () => {
    expect(wrap('Meeting', 170, 11)).toEqual(['Meeting']);
  });
});

describe('textShapes()', () => {
  it('offers one line first, then narrower wrappings', () => {
    const shapes = textShapes('Militias prepare larger-scale offensives from SDF-controlled territory', 11, 600, [240, 150], 3);
    expect(shapes[0]).toHaveLength(1);
    expect(shapes.at(-1)!.length).toBeGreaterThan(1);
  });
});
