import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticReport } from '../../../../src/lib/timeline/synthetic.ts';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Report } from '../../../../src/lib/schema/report.ts';
import { referenceSections, LIST_LIMIT } from '../../../../src/lib/view/reference-view.ts';

const report = Report.parse(parse(readFileSync(join(import.meta.dirname, '../../../fixtures/annotate/_report.yaml'), 'utf8')));

describe('referenceSections()', () => {
  const sections = referenceSections(report, { 'place:al-tanf': 2, 'date:2023-10-20..2023-10-30': 1 });
  const entry = (kind: string, id: string) => sections.flatMap((s) => s.entries).find((e) => e.ref.kind === kind && e.ref.id === id);

  it('gives each entry its prefixed id and the ids of its mentions, in order', () => {
    expect(entry('place', 'al-tanf')).toMatchObject({ htmlId: 'ref-place-al-tanf', mentions: ['m-place-al-tanf-1', 'm-place-al-tanf-2'], details: ['33.5058° N, 38.6178° E (exact)'] });
    expect(entry('actor', 'iran')?.mentions).toEqual([]);
  });

  it('lists a place’s events and sources as links to their entries', () => {
    expect(entry('place', 'al-tanf')?.events.map((e) => e.href)).toEqual(['#ref-event-us-strikes-2023-10-26', '#ref-event-attacks-oct17-nov09']);
    expect(entry('place', 'al-tanf')?.sources).toEqual([{ text: 'Wikipedia: Al-Tanf', href: '#ref-source-wikipedia-al-tanf' }]);
  });

  it('adds a Dates section only for dates the text mentions, with the events that touch them', () => {
    expect(sections.map((s) => s.title)).toEqual(['Places', 'Actors', 'Events', 'Dates', 'Sources']);
    expect(entry('date', '2023-10-20..2023-10-30')).toMatchObject({ htmlId: 'ref-date-2023-10-20--2023-10-30', name: '20–30 October 2023' });
    expect(entry('date', '2023-10-20..2023-10-30')?.events.map((e) => e.href)).toEqual(['#ref-event-us-strikes-2023-10-26', '#ref-event-attacks-oct17-nov09']);
    expect(referenceSections(report, {}).map((s) => s.title)).not.toContain('Dates');
  });

  it('gives actors their affiliations in words and sources their URL', () => {
    expect(entry('actor', 'task-force')?.affiliations).toEqual([{ text: 'led by Hajj Mahdi', href: '#ref-actor-hajj-mahdi' }]);
    expect(entry('source', 'pentagon')?.url).toBe('https://www.defense.gov/');
  });
});

describe('referenceSections() on a large report', () => {
  const big = syntheticReport(1000);
  const sections = referenceSections(big, {});
  const events = sections.find((s) => s.id === 'refs-events');

  it('lists only the events the text speaks of, and says where the others are', () => {
    expect(events?.entries.length ?? 0).toBeLessThan(big.events.length);
    expect(events?.entries.every((e) => big.events.find((x) => x.id === e.ref.id)?.quote)).toBe(true);
    expect(events?.note).toContain(`all ${big.events.length.toLocaleString('en-US')} are in the timeline’s events table`);
  });

  it('caps the events of each entry, linking unlisted ones to their row of the events table', () => {
    for (const section of sections) {
      for (const entry of section.entries) expect(entry.events.length).toBeLessThanOrEqual(LIST_LIMIT + 1);
    }
    const links = sections.flatMap((s) => s.entries.flatMap((e) => e.events.map((l) => l.href ?? '')));
    expect(links.some((h) => h.startsWith('#tl-event-'))).toBe(true);
    expect(links.filter((h) => h.startsWith('#ref-event-')).every((h) => events?.entries.some((e) => `#${e.htmlId}` === h))).toBe(true);
  });
});
