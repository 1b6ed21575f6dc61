import { describe, expect, it } from 'vitest';
import { splitExcerpt } from '../../../src/scripts/search/excerpt.ts';

describe('splitExcerpt()', () => {
  it('splits at Pagefind’s marks and unescapes the text, which stays text', () => {
    expect(splitExcerpt('near <mark>al-Tanf</mark> base &lt;b&gt;')).toEqual([
      { text: 'near ', marked: false },
      { text: 'al-Tanf', marked: true },
      { text: ' base <b>', marked: false },
    ]);
    expect(splitExcerpt('')).toEqual([]);
  });
});
