import { describe, expect, it } from 'vitest';
import { isVisible } from '../../../../src/lib/view/drafts.ts';
import { tallyText } from '../../../../src/lib/view/tally-text.ts';

const report = {
  tallies: [
    { id: 'attacks', label: 'Attacks', unit: 'attack', value: 1046, qualifier: 'at-least' as const, breakdown: [{ label: 'Iraq', value: 1024 }, { label: 'Syria', value: 22 }], sources: [], confidence: 'confirmed' as const },
  ],
};

describe('tallyText()', () => {
  it('prints the value, a part, or the qualified figure', () => {
    expect(tallyText(report, 'r.mdx', 'attacks')).toEqual({ text: '1,046', value: 1046 });
    expect(tallyText(report, 'r.mdx', 'attacks', 'Syria')).toEqual({ text: '22', value: 22 });
    expect(tallyText(report, 'r.mdx', 'attacks', undefined, true).text).toBe('at least 1,046');
  });
  it('fails naming the file, the id and the closest id', () => {
    expect(() => tallyText(report, 'content/reports/r.mdx', 'atacks')).toThrow(`content/reports/r.mdx: <Tally id="atacks" /> names no tally of this report (did you mean 'attacks'? declare it under tallies)`);
    expect(() => tallyText(report, 'r.mdx', 'attacks', 'Lebanon')).toThrow("tally 'attacks' has no part 'Lebanon'");
  });
});

describe('isVisible()', () => {
  it('hides drafts from the published site and shows them in preview', () => {
    expect(isVisible({ draft: true }, false)).toBe(false);
    expect(isVisible({ draft: true }, true)).toBe(true);
    expect(isVisible({ draft: false }, false)).toBe(true);
    expect(isVisible({}, false)).toBe(true);
  });
});
