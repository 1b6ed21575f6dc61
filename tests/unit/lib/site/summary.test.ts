import { describe, expect, it } from 'vitest';
import { summarise, yearsOf } from '../../../../src/lib/site/summary.ts';
import { facetsOf, matches } from '../../../../src/lib/site/facets.ts';
import { countryName } from '../../../../src/lib/site/countries.ts';

// Synthetic reports: only the fields a summary reads.
const report = (over: Record<string, unknown> = {}) => ({
  title: 'A report',
  dek: 'What it says.',
  authors: [{ name: 'A. Author' }, { name: 'B. Author' }],
  publisher: 'A publisher',
  published: '2024-02-03',
  period: { start: '2023-12-20', end: '2024-01-05' },
  tags: ['drones', 'drones', 'border'],
  places: [{ country: 'JO' }, { country: 'SY' }, {}],
  events: [{ country: 'IQ' }, { country: 'SY' }],
  ...over,
});

describe('summarise()', () => {
  it('gathers countries from places and events, the years the period covers, and unique tags', () => {
    const s = summarise('a', report());
    expect(s.countries).toEqual(['IQ', 'JO', 'SY']);
    expect(s.years).toEqual([2023, 2024]);
    expect(s.tags).toEqual(['drones', 'border']);
    expect(s.authors).toEqual(['A. Author', 'B. Author']);
    expect(s.lang).toBe('en');
  });

  it('dates a report by the latest day of a published range, and by a later correction', () => {
    const ranged = summarise('a', report({ published: { start: '2023-11-12', end: '2023-11-20', precision: 'range' } }));
    expect(ranged.publishedBy).toBe('2023-11-20');
    expect(ranged.modified).toBe('2023-11-20');
    expect(summarise('a', report({ updated: '2024-03-01' })).modified).toBe('2024-03-01');
    // An `updated` before publication cannot make a report older.
    expect(summarise('a', report({ updated: '2020-01-01' })).modified).toBe('2024-02-03');
  });
});

describe('yearsOf()', () => {
  it('lists every calendar year a span touches', () => {
    expect(yearsOf('2023-10-26')).toEqual([2023]);
    expect(yearsOf({ start: '2021-06-01', end: '2023-01-01' })).toEqual([2021, 2022, 2023]);
  });
});

describe('facetsOf() and matches()', () => {
  const list = [summarise('a', report()), summarise('b', report({ tags: ['border'], places: [], events: [{ country: 'UA' }], period: { start: '2022-02-24', end: '2022-03-01' } }))];

  it('counts tags (most used first), countries and years (newest first)', () => {
    const facets = facetsOf(list);
    expect(facets.tags).toEqual([{ value: 'border', count: 2 }, { value: 'drones', count: 1 }]);
    expect(facets.countries.map((c) => c.value)).toEqual(['IQ', 'JO', 'SY', 'UA']);
    expect(facets.years).toEqual([{ value: 2024, count: 1 }, { value: 2023, count: 1 }, { value: 2022, count: 1 }]);
  });

  it('matches a report against every chosen facet', () => {
    expect(list.filter((r) => matches(r, { tag: 'border' })).map((r) => r.slug)).toEqual(['a', 'b']);
    expect(list.filter((r) => matches(r, { tag: 'border', country: 'UA' })).map((r) => r.slug)).toEqual(['b']);
    expect(list.filter((r) => matches(r, { year: 2023 })).map((r) => r.slug)).toEqual(['a']);
    expect(list.filter((r) => matches(r, { year: 2023, country: 'UA' }))).toEqual([]);
  });
});

describe('countryName()', () => {
  it('names any ISO country through Intl, in the locale asked for', () => {
    expect(countryName('en', 'SY')).toBe('Syria');
    expect(countryName('en', 'SD')).toBe('Sudan');
    expect(countryName('en', 'UA')).toBe('Ukraine');
    expect(countryName('fr', 'DE')).toBe('Allemagne');
  });
});
