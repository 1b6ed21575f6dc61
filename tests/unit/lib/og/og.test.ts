import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';
import { entityImage, ENTITY_CARD, REPORT_CARD, reportImage } from '../../../../src/lib/og/index.ts';
import { entityCardSvg } from '../../../../src/lib/og/entity-card.ts';
import { findOgFonts } from '../../../../src/lib/og/fonts.ts';
import { pngSize } from '../../../../src/lib/og/png.ts';
import { frameForBox, reportCardSvg } from '../../../../src/lib/og/report-card.ts';
import { wrapText } from '../../../../src/lib/og/text.ts';

const minimal = checkReportSource('minimal.mdx', readFileSync('tests/fixtures/reports/valid/minimal.mdx', 'utf8')).report!;

describe('wrapText()', () => {
  it('breaks at spaces within the width, and ends a cut text with an ellipsis', () => {
    expect(wrapText('one two three four', 10 * 0.56 * 10, 10, 3)).toEqual(['one two', 'three four']);
    expect(wrapText('alpha beta gamma delta epsilon zeta', 8 * 0.56 * 10, 10, 2)).toEqual(['alpha', 'beta…']);
    expect(wrapText('short', 500, 20, 3)).toEqual(['short']);
  });
  it('cuts a word longer than a line', () => {
    expect(wrapText('Supercalifragilistic', 6 * 0.56 * 10, 10, 2)).toEqual(['Super…']);
  });
});

describe('frameForBox()', () => {
  const clip = { west: 30, south: 25, east: 50, north: 45 };
  it('adds latitude to a wide frame for a tall box, and longitude to a tall frame for a wide box', () => {
    const tall = frameForBox({ west: 36, south: 33, east: 42, north: 37 }, clip, 560, 630);
    expect(tall.west).toBe(36);
    expect(tall.north).toBeGreaterThan(37);
    expect(tall.south).toBeLessThan(33);
    const wide = frameForBox({ west: 38, south: 33, east: 39, north: 37 }, clip, 2, 1);
    expect(wide.north).toBe(37);
    expect(wide.east - wide.west).toBeGreaterThan(1);
  });
  it('stays within the basemap it has', () => {
    const f = frameForBox({ west: 31, south: 26, east: 49, north: 28 }, clip, 1, 1);
    expect(f.north).toBeLessThanOrEqual(45);
    expect(f.south).toBeGreaterThanOrEqual(25);
  });
});

describe('reportCardSvg()', () => {
  it('draws the title, byline and date, escaped, over the report map', () => {
    const svg = reportCardSvg({ ...minimal, title: 'Strikes & <counter-strikes> on "the" bases' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    // Wrapped into lines (tspans), each word whole at the size chosen.
    expect([...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ')).toContain('Strikes &amp; &lt;counter-strikes&gt; on &quot;the&quot; bases');
    expect(svg).not.toContain('<counter-strikes>');
    expect(svg).toContain('Test Author · Sitrep fixtures');
    expect(svg).toContain('15 November 2023');
    // The map: the report's point places as symbols (the region is drawn as an area), no external reference.
    expect(svg.match(/\) scale\(1\.5\)"/g)?.length).toBe(minimal.places.filter((p) => p.precision !== 'region').length);
    expect(svg).not.toMatch(/href=|url\((?!#)/);
  }, 60_000);
  it('says when the report was corrected', () => {
    const svg = reportCardSvg({ ...minimal, corrections: [{ date: '2023-11-20', what: 'A.', why: 'B.' }] });
    expect(svg).toContain('15 November 2023 · Corrected on 20 November 2023');
  });
});

describe('share images', () => {
  it('renders a report as a 1200×630 PNG, and an entity as a 600×315 PNG', () => {
    expect(pngSize(reportImage(minimal))).toEqual(REPORT_CARD);
    expect(pngSize(entityImage({ name: 'al-Tanf base', kind: 'coalition base', details: ['33.5058° N, 38.6178° E'] }))).toEqual(ENTITY_CARD);
  }, 60_000);
  it('draws an entity card from escaped text', () => {
    const svg = entityCardSvg({ name: 'A <b>name</b>', kind: 'militia', details: ['In 2 reports'] });
    expect(svg).toContain('A &lt;b&gt;name&lt;/b&gt;');
    expect(svg).toContain('>militia</text>');
    expect(svg).toContain('>In 2 reports</text>');
  });
  it('finds fonts on this machine, or says none are there', () => {
    const fonts = findOgFonts({});
    expect(fonts.missing || fonts.files.length + fonts.dirs.length > 0).toBe(true);
    expect(findOgFonts({ SITREP_OG_FONTS: '/no/such/font.ttf' }).family).toBe(fonts.family);
  });
  it('reads a PNG size, and refuses what is not a PNG', () => {
    expect(pngSize(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });
});
