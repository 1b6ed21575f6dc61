import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../../../src/lib/text/did-you-mean.ts';

describe('didYouMean()', () => {
  it('finds the typo it was meant to', () => {
    expect(didYouMean('lattitude', ['lat', 'lon', 'precision'])).toBe('lat');
    expect(didYouMean('al-mayadn', ['al-mayadin', 'al-bukamal', 'al-tanf'])).toBe('al-mayadin');
    expect(didYouMean('coalition-bse', ['coalition-base', 'camp', 'town'])).toBe('coalition-base');
  });

  it('stays quiet when nothing is close', () => {
    expect(didYouMean('pentagon', ['al-tanf', 'qamishli'])).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });

  it('editDistance() counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
