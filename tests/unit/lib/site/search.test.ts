import { describe, expect, it } from 'vitest';
import { createRoutes } from '../../../../src/lib/routes.ts';
import { cleanFilters, pageSearchEntry, reportSearchEntry } from '../../../../src/lib/site/search-entry.ts';
import { eventRecords } from '../../../../src/lib/site/search-records.ts';
import { summarise } from '../../../../src/lib/site/summary.ts';

const routes = createRoutes({ base: '/field-reports/', origin: 'https://org.example' });

describe('search entries', () => {
  it('reportSearchEntry() files a report under its kind, slug, countries and years', () => {
    const summary = summarise('r', { title: 'T', dek: 'D', authors: [{ name: 'A' }], publisher: 'P', published: '2024-01-02', period: { start: '2023-12-30', end: '2024-01-02' }, places: [{ country: 'SY' }, { country: 'IQ' }] });
    expect(reportSearchEntry(summary)).toEqual({ kind: 'report', filters: { kind: ['report'], report: ['r'], country: ['IQ', 'SY'], year: ['2023', '2024'] } });
  });
  it('pageSearchEntry() always carries its kind, and cleanFilters() drops empties and duplicates', () => {
    expect(pageSearchEntry('place', { report: ['b', 'a', 'b'], country: [] })).toEqual({ kind: 'place', filters: { report: ['a', 'b'], kind: ['place'] } });
    expect(cleanFilters({ year: ['', '2023'] })).toEqual({ year: ['2023'] });
  });
});

describe('eventRecords()', () => {
  // A synthetic report's data, as its data.json export has it.
  const data = {
    title: 'A report',
    places: [{ id: 'town-a', name: 'Town A', country: 'SD' }, { id: 'town-b', name: 'Town B' }],
    actors: [{ id: 'force-x', name: 'Force X', short: 'FX' }],
    events: [
      { id: 'clash-1', title: 'Clash at Town A', date: '2024-04-15', places: ['town-a'], actors: { by: ['force-x'], against: [] }, quote: 'fighting broke out' },
      { id: 'strike-2', title: 'Strike near Town B', date: { start: '2023-12-30', end: '2024-01-02', precision: 'range' as const }, places: ['town-b'], country: 'TD' },
      { id: 'has-page', title: 'An event with its own page', date: '2024-01-01' },
    ],
  };
  const records = eventRecords('a-report', data, { routes, formatDate: (d) => (typeof d === 'string' ? d : `${d.start}..${d.end}`), hasPage: (id) => id === 'has-page' });

  it('points each event at the report with the event selected, below the base the search page adds', () => {
    expect(records.map((r) => r.url)).toEqual(['/reports/a-report/#event=clash-1', '/reports/a-report/#event=strike-2']);
  });
  it('holds the words a reader may search for: title, date, places, actors, quote', () => {
    expect(records[0]!.content).toBe('Clash at Town A. 2024-04-15. Town A. Force X (FX). fighting broke out');
    expect(records[0]!.meta).toEqual({ title: 'Clash at Town A', date: '2024-04-15', report: 'A report' });
  });
  it('files events by kind, report, country (the event’s own, else its places’) and year', () => {
    expect(records[0]!.filters).toEqual({ kind: ['event'], report: ['a-report'], country: ['SD'], year: ['2024'] });
    expect(records[1]!.filters).toEqual({ kind: ['event'], report: ['a-report'], country: ['TD'], year: ['2023', '2024'] });
  });
});
