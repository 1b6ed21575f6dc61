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

describe('findAttributions() with a trailing phrase', () => {
  it('gives the quote just before "as indicated by …" to that phrase, not to the leading one', () => {
    const claims = {
      events: [item('meetings', 'meetings were held', ['hq-source'], 'reported'), item('campaign', 'the campaign since Oct. 7', ['close-sources'], 'reported')],
      tallies: [],
      axes: [],
      shipments: [],
    } as unknown as Parameters<typeof findAttributions>[1];
    const text = 'Information obtained from a source within the HQ suggests that meetings were held. This mirrors the campaign since Oct. 7, as indicated by statements from sources close to him a few days ago.';
    expect(findAttributions(text, claims).map((a) => [a.phrase, a.items])).toEqual([
      ['Information obtained from a source within the HQ', ['meetings']],
      ['as indicated by statements from sources close to him a few days ago', ['campaign']],
    ]);
  });
});
