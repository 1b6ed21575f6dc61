import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../../src/lib/annotate/provenance.ts';

const item = (id: string, quote: string, sources: string[], confidence: 'confirmed' | 'reported') => ({ id, quote, sources, confidence });
const report = {
  events: [item('strike', 'the U.S. struck sites on Oct. 26', ['pentagon'], 'confirmed'), item('meeting', 'a meeting took place in al-Bukamal', ['sohr'], 'reported')],
  tallies: [item('attacks', 'attacked at least 46 times', ['pentagon'], 'confirmed')],
  axes: [],
  shipments: [],
} as unknown as Parameters<typeof findAttributions>[1];

describe('findAttributions()', () => {
  it('ties each phrase to the quotes after it, up to the next phrase', () => {
    const text = 'According to the Pentagon, the U.S. struck sites on Oct. 26. As disclosed by the Syrian Observatory, a meeting took place in al-Bukamal.';
    expect(findAttributions(text, report).map((a) => [a.phrase, a.items, a.sources, a.confidence])).toEqual([
      ['According to the Pentagon', ['strike'], ['pentagon'], ['confirmed']],
      ['As disclosed by the Syrian Observatory', ['meeting'], ['sohr'], ['reported']],
    ]);
  });

  it('finds "Information obtained from …" and reports a phrase whose claims are not in the data', () => {
    const [a] = findAttributions('Information obtained from a source within the base suggests that nothing happened.', report);
    expect(a?.phrase).toBe('Information obtained from a source within the base');
    expect(a?.sources).toEqual([]);
  });
});
