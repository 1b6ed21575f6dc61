/**
 * A report from another part of the world (eastern Ukraine, tests/fixtures/reports/other-region/) built with no
 * change to the code: it gets its own basemap (its country emphasised, its rivers and reference towns named),
 * a title and caption from its data, and a map whose every label lies inside the picture, in the static SVG and
 * in the live map, on a desktop and on a phone.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import type { Element } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BasemapTopology } from '../../src/lib/map/basemap/layers.ts';
import { readBasemap } from '../../src/lib/map/basemap/read.ts';
import { mapRegion } from '../../src/lib/map/region.ts';
import { loadReport } from '../../src/lib/report/index.ts';
import { buildSite, elements, parseHtml, readDist, serveDir, textOf } from '../helpers/site.ts';

const DIR = 'tests/fixtures/reports/other-region';
const SLUG = 'donbas-2022-2023';
const report = loadReport(`${DIR}/${SLUG}.mdx`, readFileSync(`${DIR}/${SLUG}.mdx`, 'utf8')).data!;

let dist = '';
let output = '';
let status: number | null = null;

beforeAll(() => {
  dist = join(mkdtempSync(join(tmpdir(), 'sitrep-other-region-')), 'dist');
  const run = buildSite(DIR, dist, 240_000);
  output = run.stdout + run.stderr;
  status = run.status;
}, 260_000);
afterAll(() => rmSync(join(dist, '..'), { recursive: true, force: true }));

const attr = (el: Element, name: string) => {
  const v = el.properties[name];
  return Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? undefined : String(v);
};

describe('the eastern Ukraine report, built', () => {
  it('builds, with the report\'s own committed basemap', () => {
    expect(status, output).toBe(0);
    expect(output).not.toMatch(/drawing countries only/);
  });

  it('serves a basemap of its own region, with named rivers, towns and divisions', () => {
    const topology = JSON.parse(readDist(dist, `reports/${SLUG}/basemap.json`)) as BasemapTopology;
    const [west, south, east, north] = topology.sitrep.region;
    expect({ west, south, east, north }).toEqual(mapRegion(report));
    const layers = readBasemap(topology);
    expect(layers.countries.features.map((c) => c.properties.iso)).toEqual(expect.arrayContaining(['UA', 'RU']));
    expect(layers.rivers.features.map((r) => r.properties.name)).toContain('Donets');
    expect(layers.towns.features.map((t) => t.properties.name)).toEqual(expect.arrayContaining(['Horlivka', 'Luhansk']));
    expect(layers.admin1.features.length).toBeGreaterThan(0);
  });

  it('draws a static map titled from its data, with Ukraine emphasised and every place marked and named', () => {
    const tree = parseHtml(readDist(dist, `reports/${SLUG}/index.html`));
    const svg = elements(tree).find((e) => e.tagName === 'svg' && attr(e, 'className')?.includes('map-static'))!;
    const inside = elements(svg);
    expect(textOf(inside.find((e) => e.tagName === 'title')!)).toBe("Map of the report's 5 places in Ukraine");
    const focus = inside.filter((e) => e.tagName === 'path' && attr(e, 'className')?.includes('map-country-focus')).map((e) => attr(e, 'dataCountry'));
    expect(focus).toEqual(['Ukraine']);
    for (const p of report.places) {
      const g = inside.find((e) => attr(e, 'dataPlace') === p.id);
      expect(g, p.id).toBeDefined();
      expect(textOf(elements(g!).find((e) => e.tagName === 'text')!).replace(/\s+/g, ' ').trim()).toBe(p.name);
    }
    expect(inside.some((e) => attr(e, 'dataLabel')?.startsWith('town:'))).toBe(true);
    const caption = textOf(elements(tree).find((e) => attr(e, 'id') === 'report-map-caption')!);
    expect(caption).toContain('Kramatorsk');
  });

  describe('in Chromium', () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof serveDir>>;
    beforeAll(async () => {
      server = await serveDir(dist);
      browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it.each([
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ])('at $width px every label of the static and the live map lies inside it, and none is shortened', async (viewport) => {
      for (const javaScriptEnabled of [false, true]) {
        const context = await browser.newContext({ viewport, javaScriptEnabled, deviceScaleFactor: 1 });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${server.url}/reports/${SLUG}/`);
        const toggle = page.locator('[data-panel-toggle]');
        if (javaScriptEnabled && (await toggle.isVisible())) await toggle.click();
        await page.locator('sitrep-map').scrollIntoViewIfNeeded();
        if (javaScriptEnabled) {
          await page.locator('sitrep-map[data-state="ready"]').waitFor({ timeout: 60_000 });
          // The map may follow the paragraph in view: wait until it has been still for a moment.
          for (let still = 0; still < 3; ) {
            await page.waitForTimeout(300);
            still = (await page.locator('sitrep-map').getAttribute('data-moving')) === 'false' ? still + 1 : 0;
          }
        }
        const problems = await page.locator('sitrep-map').evaluate((host, live) => {
          const frame = (live ? host.querySelector('.map-live') : host.querySelector('svg.map-static'))!.getBoundingClientRect();
          const texts = live ? [...host.querySelectorAll<HTMLElement>('.map-pin-label, .map-area-name, .map-axis-tag, .map-ref')].filter((e) => !e.hidden && e.getClientRects().length > 0) : [...host.querySelectorAll('svg.map-static text')];
          return {
            count: texts.length,
            bad: texts.flatMap((t) => {
              const b = t.getBoundingClientRect();
              const text = t.textContent ?? '';
              const out = b.left < frame.left - 0.5 || b.top < frame.top - 0.5 || b.right > frame.right + 0.5 || b.bottom > frame.bottom + 0.5;
              return [...(out ? [`"${text}" outside`] : []), ...(/(…|\.\.\.)$/.test(text.trim()) ? [`"${text}" shortened`] : [])];
            }),
          };
        }, javaScriptEnabled);
        // The static map shows every place; the live one may have zoomed in on the paragraph being read.
        expect(problems.count, `${viewport.width} px, JS ${javaScriptEnabled}`).toBeGreaterThanOrEqual(javaScriptEnabled ? 1 : report.places.length);
        expect(problems.bad, `${viewport.width} px, JS ${javaScriptEnabled}`).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      }
    }, 180_000);
  });
});
