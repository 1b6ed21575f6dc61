/**
 * A corrected report, built for real (tests/fixtures/reports/trust-corrected/, synthetic): the page says
 * "Corrected on" near the top and links to the log at the end; the log lists each correction with its date,
 * what changed and why, oldest first, and what was withdrawn; the corrected paragraph is marked and links
 * to its entry; the JSON-LD carries the corrections and the new dateModified; sources show their archived
 * copy beside the original; a withdrawn event's embed says it was withdrawn; the share image is 1200×630.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../src/lib/og/png.ts';
import { buildSite, elements, parseHtml, readDist, textOf } from '../helpers/site.ts';

const DIR = 'tests/fixtures/reports/trust-corrected';
let dist = '';
let build: ReturnType<typeof buildSite>;

beforeAll(() => {
  dist = join(mkdtempSync(join(tmpdir(), 'sitrep-trust-')), 'dist');
  build = buildSite(DIR, dist);
}, 240_000);
afterAll(() => rmSync(join(dist, '..'), { recursive: true, force: true }));

const page = (file: string) => elements(parseHtml(readDist(dist, file)));
const text = (el: Element | undefined) => (el ? textOf(el).replace(/\s+/g, ' ').trim() : '');
/** The text of each paragraph (or heading) in an element: what a reader sees as separate lines. */
const lines = (el: Element | undefined) => (el ? elements(el).filter((e) => /^(p|h\d|li)$/.test(e.tagName) && e !== el).map(text) : []);
const byClass = (els: Element[], name: string) => els.filter((el) => String(el.properties['className'] ?? '').split(' ').includes(name) || (Array.isArray(el.properties['className']) && el.properties['className'].includes(name)));

describe('a corrected report, built', () => {
  it('builds', () => {
    expect(build.status, build.stderr + build.stdout).toBe(0);
  });

  it('says "Corrected on" near the top, linking to the log', () => {
    const els = page('reports/report/index.html');
    const notice = byClass(els, 'correction-notice')[0];
    expect(text(notice)).toBe('Corrected on 22 November 2023. See the corrections (2)');
    expect(elements(notice!).find((el) => el.tagName === 'a')?.properties['href']).toBe('#corrections');
    // Near the top: before the article's first paragraph.
    expect(els.indexOf(notice!)).toBeLessThan(els.findIndex((el) => el.properties['id'] === 'p-1'));
  });

  it('lists every correction at the end, oldest first, with what changed, why and the corrected paragraph', () => {
    const els = page('reports/report/index.html');
    const log = els.find((el) => el.properties['id'] === 'corrections')!;
    const entries = byClass(elements(log), 'correction');
    expect(entries.map((e) => e.properties['id'])).toEqual(['correction-1', 'correction-2']);
    expect(lines(entries[0])).toEqual(['20 November 2023', 'The second paragraph gave the number of attacks as 45; it is 46.', 'Why: The statement counts 46 attacks.', 'Corrected passage: paragraph 2']);
    expect(lines(entries[1])).toEqual(['22 November 2023 Event: A strike', 'The strike is now placed in the Deir ez-Zor countryside, not at al-Tanf.', 'Why: The statement places it in the countryside.']);
    expect(elements(entries[0]!).find((el) => el.tagName === 'time')?.properties['dateTime']).toBe('2023-11-20');
    expect(elements(entries[0]!).find((el) => el.tagName === 'a')?.properties['href']).toBe('#p-2');
    expect(lines(byClass(elements(log), 'withdrawal')[0])).toEqual(['Event “strike-2023-10-27”, withdrawn on 21 November 2023.', 'Why: Its only source withdrew the claim.']);
  });

  it('marks the corrected paragraph, linking to its entry in the log', () => {
    const els = page('reports/report/index.html');
    const p2 = els.find((el) => el.properties['id'] === 'p-2')!;
    expect(p2.properties['dataCorrected']).toBe('correction-1');
    const mark = elements(p2).find((el) => el.tagName === 'a' && el.properties['dataMarker'] === 'correction')!;
    expect(mark.properties['href']).toBe('#correction-1');
    expect(text(mark)).toBe('Corrected');
    expect(els.find((el) => el.properties['id'] === 'p-1')?.properties['dataCorrected']).toBeUndefined();
  });

  it('carries the corrections in the JSON-LD, and the last one as dateModified', () => {
    const script = page('reports/report/index.html').find((el) => el.tagName === 'script' && el.properties['type'] === 'application/ld+json')!;
    const data = JSON.parse(textOf(script)) as { dateModified: string; datePublished: string; correction: { '@type': string; datePublished: string; text: string }[] };
    expect(data.datePublished).toBe('2023-11-15');
    expect(data.dateModified).toBe('2023-11-22');
    expect(data.correction.map((c) => [c['@type'], c.datePublished])).toEqual([['CorrectionComment', '2023-11-20'], ['CorrectionComment', '2023-11-22']]);
    expect(data.correction[0]?.text).toBe('The second paragraph gave the number of attacks as 45; it is 46. The statement counts 46 attacks.');
  });

  it('links the archived copy beside the original source', () => {
    const url = page('reports/report/index.html').find((el) => el.tagName === 'a' && el.properties['dataField'] === 'archived')!;
    expect(url.properties['href']).toBe('https://web.archive.org/web/20231116093000/https://example.org/statement');
    expect(text(url)).toBe('archived copy of 16 Nov 2023');
    const paragraph = text(byClass(page('reports/report/index.html'), 'ref-url').find((p) => text(p).includes('archived')));
    expect(paragraph).toBe('https://example.org/statement (archived copy of 16 Nov 2023; accessed 15 Nov 2023)');
  });

  it('keeps an embed page for the withdrawn event, saying when and why', () => {
    const els = page('embed/events/strike-2023-10-27/index.html');
    expect(text(els.find((el) => el.tagName === 'h1'))).toBe('Withdrawn');
    const body = text(els.find((el) => el.tagName === 'main'));
    expect(body).toContain('This event was withdrawn from the report on 21 November 2023.');
    expect(body).toContain('Why: Its only source withdrew the claim.');
  });

  it("shows an event's corrections on its embed", () => {
    const section = byClass(page('embed/events/strike-2023-10-26/index.html'), 'event-corrections')[0];
    expect(lines(section)).toEqual(['Corrections', '22 November 2023: The strike is now placed in the Deir ez-Zor countryside, not at al-Tanf. Why: The statement places it in the countryside.']);
  });

  it('makes a 1200×630 PNG share image', () => {
    expect(pngSize(readFileSync(join(dist, 'og/report.png')))).toEqual({ width: 1200, height: 630 });
  });
});
