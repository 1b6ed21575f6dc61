/**
 * The seed report's data: everything the article names is modelled, each with coordinates,
 * precision, affiliations, dates and sources as the text states them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../src/lib/check/check-report.ts';
import { authorText } from '../../../src/lib/report/rendered-text.ts';
import { reportBlocks } from '../../../src/lib/report/load.ts';
import { normaliseForQuote } from '../../../src/lib/text/normalise.ts';
import { reportContext } from '../../../src/integrations/site-config.ts';

const FILE = 'content/reports/iran-militias-syria-2023.mdx';
const result = checkReportSource(FILE, readFileSync(FILE, 'utf8'), reportContext());
const report = result.report!;
const place = (id: string) => report.places.find((p) => p.id === id);
const actor = (id: string) => report.actors.find((a) => a.id === id);
const event = (id: string) => report.events.find((e) => e.id === id);

describe('seed report', () => {
  it('passes every check', () => {
    expect(result.problems).toEqual([]);
  });

  it('has the six bases the article names, as coalition bases in Syria', () => {
    for (const id of ['al-omar', 'conoco', 'kharab-al-jir', 'tal-beydar', 'al-shaddadi', 'al-tanf']) {
      const base = place(id);
      expect(base?.kind, id).toBe('coalition-base');
      expect(base?.lat).toBeGreaterThan(32.3); // Syria's bounding box
      expect(base?.lat).toBeLessThan(37.4);
      expect(base?.lon).toBeGreaterThan(35.7);
      expect(base?.lon).toBeLessThan(42.4);
    }
    // al-Tanf lies about 20 km north-west of the Syria–Iraq–Jordan tripoint.
    const tanf = place('al-tanf')!;
    const tripoint = place('tri-border-area')!;
    const km = Math.hypot((tanf.lat - tripoint.lat) * 111, (tanf.lon - tripoint.lon) * 111 * Math.cos((tanf.lat * Math.PI) / 180));
    expect(km).toBeGreaterThan(10);
    expect(km).toBeLessThan(30);
  });

  it('has every town and site, with the spellings the text uses as aliases', () => {
    for (const id of ['deir-ez-zor', 'al-bukamal', 'al-mayadin', 'al-ashara', 'al-hasakah', 'qamishli', 'qamishli-airport', 'tal-hamis', 'dimas-camp', 'damascus']) {
      expect(place(id), id).toBeDefined();
    }
    expect(place('al-bukamal')?.aliases).toContain('Abu Kamal');
    expect(place('qamishli-airport')?.kind).toBe('airport');
  });

  it('draws regions as areas with a radius, not as points', () => {
    for (const id of ['tri-border-area', 'deir-ez-zor-countryside', 'al-hasakah-countryside', 'eastern-bank-euphrates']) {
      expect(place(id)?.precision, id).toBe('region');
      expect(place(id)?.radiusKm, id).toBeGreaterThan(0);
    }
  });

  it('has the actors with the affiliations the text states', () => {
    for (const id of ['islamic-resistance-in-iraq', 'pmf', 'fatemiyoun', 'zainabiyoun', 'lebanese-hezbollah', '47th-regiment', 'saraya-al-khorasani', 'task-force', 'hajj-mahdi', 'hashemite-brigade', 'irgc', 'sdf', 'us-forces', 'coalition']) {
      expect(actor(id), id).toBeDefined();
    }
    expect(actor('task-force')?.affiliations).toContainEqual({ actor: 'hajj-mahdi', relation: 'led-by' });
    expect(actor('saraya-al-khorasani')?.affiliations).toContainEqual({ actor: 'irgc', relation: 'affiliated-with' });
  });

  it('dates the three U.S. strikes on their days, confirmed by the Pentagon', () => {
    expect(event('us-strikes-2023-10-26')?.date).toBe('2023-10-26');
    expect(event('us-strikes-2023-11-09')?.date).toBe('2023-11-09');
    expect(event('us-strikes-2023-11-12')?.places).toEqual(['al-bukamal', 'al-mayadin']);
    for (const id of ['us-strikes-2023-10-26', 'us-strikes-2023-11-09', 'us-strikes-2023-11-12']) {
      expect(event(id)?.confidence).toBe('confirmed');
      expect(event(id)?.sources).toEqual(['pentagon']);
    }
  });

  it('keeps vague dates vague: "last week" is a week-long range, the claims are "claimed"', () => {
    const meeting = event('al-bukamal-meeting')!;
    expect(typeof meeting.date).toBe('object');
    expect(meeting.date).toMatchObject({ precision: 'week' });
    expect(meeting.confidence).toBe('reported');
    expect(event('iri-claims')?.confidence).toBe('claimed');
  });

  it('holds the tallies with breakdowns that add up', () => {
    const attacks = report.tallies.find((t) => t.id === 'attacks-oct17-nov09')!;
    expect(attacks).toMatchObject({ value: 46, qualifier: 'at-least', period: { start: '2023-10-17', end: '2023-11-09' } });
    expect(attacks.breakdown.map((p) => [p.label, p.value])).toEqual([['Iraq', 24], ['Syria', 22]]);
    expect(report.tallies.find((t) => t.id === 'us-troops-injured')?.value).toBe(56);
    expect(report.tallies.find((t) => t.id === 'contractor-deaths')?.value).toBe(1);
  });

  it('holds the three axes and the weapons shipments', () => {
    expect(report.axes.map((a) => a.id)).toEqual(['axis-euphrates', 'axis-tanf', 'axis-hasakah']);
    expect(report.axes[1]?.to).toEqual(['al-tanf']);
    expect(report.shipments[0]).toMatchObject({ from: 'damascus', to: 'qamishli-airport', frequency: 'weekly' });
  });

  it('traces every quote to the article', () => {
    const text = normaliseForQuote(authorText(reportBlocks(result.loaded)));
    const quotes = [...report.events, ...report.tallies, ...report.axes, ...report.shipments].map((i) => i.quote).filter(Boolean);
    expect(quotes.length).toBeGreaterThan(20);
    for (const quote of quotes) expect(text).toContain(normaliseForQuote(quote!));
  });

  it('keeps the body word for word the article (bio, credit and disclaimer are metadata)', () => {
    const source = readFileSync('tests/fixtures/source/article.txt', 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const body = authorText(reportBlocks(result.loaded)).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    expect(body).toEqual(source.slice(0, 13));
    expect(report.authors[0]?.bio).toBe(source[13]);
    expect(report.photoCredit).toBe(source[14]);
    expect(report.disclaimer).toBe(source[15]);
  });
});
