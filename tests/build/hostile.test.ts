/**
 * Hostile content (tests/fixtures/reports/hostile/): markup, script, MDX expressions and entities in every string
 * field. The built site must show them as text wherever they appear (page, cards, map, timeline, embedded JSON,
 * feeds, <title> and meta tags), and a browser loading the pages must run none of them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import type { Element } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReportSource } from '../../src/lib/check/check-report.ts';
import { buildSite, elements, filesUnder, htmlPages, parseHtml, readDist, serveDir, textOf, urlPath } from '../helpers/site.ts';

const DIR = 'tests/fixtures/reports/hostile';
const FILE = `${DIR}/hostile-strings.mdx`;
const SLUG = 'hostile-strings';
const source = checkReportSource(FILE, readFileSync(FILE, 'utf8'));
const report = source.report!;

/** Every string in the report's data, with its field path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}
/** The hostile strings: those carrying markup, expressions or entities. */
const hostile = strings(report).filter(([, s]) => /[<>{}&"']/.test(s));

let dist = '';
let build: ReturnType<typeof buildSite>;

beforeAll(() => {
  dist = join(mkdtempSync(join(tmpdir(), 'sitrep-hostile-')), 'dist');
  build = buildSite(DIR, dist);
}, 660_000);
afterAll(() => rmSync(join(dist, '..'), { recursive: true, force: true }));

const attr = (el: Element, name: string) => {
  const v = el.properties[name];
  return Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? undefined : String(v);
};

describe('the hostile fixture', () => {
  it('is valid content with hostile text in at least 40 fields', () => {
    expect(source.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(hostile.length).toBeGreaterThanOrEqual(40);
  });

  it('builds', () => {
    expect(build.status, build.stderr + build.stdout).toBe(0);
    expect(htmlPages(dist)).toEqual(expect.arrayContaining(['index.html', `reports/${SLUG}/index.html`]));
  });
});

describe('every page built from hostile content', () => {
  const pages = () => htmlPages(dist).map((file) => ({ file, html: readDist(dist, file), tree: parseHtml(readDist(dist, file)) }));

  it('has no event-handler attribute, no javascript: URL and no element injected from content', () => {
    const found: string[] = [];
    for (const { file, tree } of pages()) {
      for (const el of elements(tree)) {
        for (const name of Object.keys(el.properties)) {
          if (/^on/i.test(name)) found.push(`${file}: <${el.tagName} ${name}>`);
        }
        for (const name of ['href', 'src', 'action', 'formAction', 'xLinkHref']) {
          if (/^\s*(javascript|data|vbscript):/i.test(attr(el, name) ?? '') && !(el.tagName === 'link' && attr(el, 'rel') === 'icon')) found.push(`${file}: <${el.tagName} ${name}=${attr(el, name)}>`);
        }
        if (['iframe', 'object', 'embed', 'img'].includes(el.tagName) && attr(el, 'src') === 'x') found.push(`${file}: <${el.tagName} src=x>`);
        if (el.tagName === 'iframe') found.push(`${file}: <iframe>`);
        // The content's rule is `body{display:none}`; our own CSS has `.panel-body{display:none}`.
        if (el.tagName === 'style' && /(?:^|[\s,}])body\{display:none\}/.test(textOf(el))) found.push(`${file}: <style> from content`);
        if (['b', 'i'].includes(el.tagName) && /^(bold|x|SHORT)$/.test(textOf(el))) found.push(`${file}: <${el.tagName}>${textOf(el)}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('runs no script from content, and every embedded JSON parses and cannot break out', () => {
    const found: string[] = [];

    for (const { file, tree } of pages()) {
      for (const el of elements(tree).filter((e) => e.tagName === 'script')) {
        const text = textOf(el);
        if (/json/.test(attr(el, 'type') ?? '')) {
          // Data, not code: it parses, and its hostile strings stay inside JSON strings.
          expect(() => JSON.parse(text), `${file}: JSON in <script>`).not.toThrow();
          expect(text.toLowerCase()).not.toContain('</script');
          expect(text, `${file}: raw '<' in embedded JSON`).not.toContain('<');
        } else if (text.includes('alert(')) found.push(`${file}: <script> running ${text.slice(0, 80)}`);
      }
      // JSON handed to the browser through data-* attributes parses too.
      for (const el of elements(tree)) {
        for (const [name, value] of Object.entries(el.properties)) {
          if (/^data/.test(name) && typeof value === 'string' && /^\s*[[{]/.test(value) && /[\]}]\s*$/.test(value)) {
            expect(() => JSON.parse(value), `${file}: ${name} on <${el.tagName}>`).not.toThrow();
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('puts the title and dek in <title> and the meta tags as text, exactly', () => {
    const tree = parseHtml(readDist(dist, `reports/${SLUG}/index.html`));
    const els = elements(tree);
    const title = els.find((e) => e.tagName === 'title');
    expect(textOf(title!)).toBe(`${report.title} · Sitrep`);
    const meta = (key: string) => els.find((e) => e.tagName === 'meta' && (attr(e, 'name') === key || attr(e, 'property') === key));
    expect(attr(meta('description')!, 'content')).toBe(report.dek);
    expect(attr(meta('og:title')!, 'content')).toBe(`${report.title} · Sitrep`);
    expect(attr(meta('og:description')!, 'content')).toBe(report.dek);
    const h1 = els.find((e) => e.tagName === 'h1');
    expect(textOf(h1!).trim()).toBe(report.title);
  });

  it('shows {1+1} literally: MDX expressions in frontmatter are never evaluated', () => {
    for (const { file, tree } of pages()) {
      const text = textOf(tree);
      if (!text.includes('Hostile')) continue;
      expect(text, file).toContain('{1+1}');
      expect(text, file).not.toMatch(/Hostile .*title "><img src=x onerror=alert\(1\)> 2 /);
    }
    const page = textOf(parseHtml(readDist(dist, `reports/${SLUG}/index.html`)));
    expect(page).toContain(`Author <img src=x onerror=alert(5)> {1+1}`);
    expect(page).toContain(`Publisher <svg onload=alert(8)> {1+1}`);
  });

  it('shows every hostile string that appears at all in full, as text (&amp; stays "&amp;")', () => {
    // A field is "shown" when its leading words are on the page; then the whole string must be there verbatim.
    const missing: string[] = [];
    let shown = 0;
    for (const { file, tree } of pages()) {
      // JSON in <script> elements (data for the views, JSON-LD) is escaped by design; the test above checks it.
      const text = elements(tree).filter((el) => el.tagName !== 'script' && el.tagName !== 'style').flatMap((el) => el.children.filter((c) => c.type === 'text').map((c) => (c as { value: string }).value)).join('').replace(/\s+/g, ' ');
      const attrs = elements(tree).flatMap((el) => Object.values(el.properties).filter((v): v is string => typeof v === 'string'));
      for (const [path, value] of hostile) {
        // The leading words and the first hostile character after them ("Event <"), so that a generic lead
        // ("Event ") on another event's page does not count as this field shown.
        const lead = /^[^<>{}&"']{6,}/.exec(value)?.[0];
        if (!lead || !text.includes(value.slice(0, lead.length + 1))) continue;
        shown += 1;
        if (!text.includes(value.replace(/\s+/g, ' ')) && !attrs.includes(value)) missing.push(`${file}: ${path} = ${value}`);
      }
    }
    expect(missing).toEqual([]);
    expect(shown).toBeGreaterThanOrEqual(8);
  });

  it('exports no spreadsheet formula: no CSV cell starts with =, +, -, @, tab or CR (numbers aside)', () => {
    const found: string[] = [];
    for (const file of filesUnder(dist).filter((f) => f.endsWith('.csv'))) {
      const rows = parse(readDist(dist, file), { relax_column_count: true }) as string[][];
      for (const [r, row] of rows.entries()) {
        for (const cell of row) {
          if (/^[=+\-@\t\r]/.test(cell) && !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cell)) found.push(`${file} row ${r + 1}: ${cell.slice(0, 60)}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('escapes hostile text in every other output (JSON parses; XML and SVG carry no injected element)', () => {
    const others = filesUnder(dist).filter((f) => /\.(json|geojson|xml|svg|rss|atom)$/.test(f));
    for (const file of others) {
      const text = readDist(dist, file);
      if (/json$/.test(file)) expect(() => JSON.parse(text), file).not.toThrow();
      else expect(text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ''), file).not.toMatch(/<(script|img|svg onload|iframe)\b/i);
    }
  });
});

describe('the hostile pages in Chromium', () => {
  it('open no dialog, log no console error and violate no CSP', async () => {
    const server = await serveDir(dist);
    const browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(() => {
        const w = window as unknown as { __violations: string[] };
        w.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      for (const file of htmlPages(dist)) {
        await page.goto(server.url + urlPath(file));
        await page.mouse.wheel(0, 50_000);
        await page.keyboard.press('Tab');
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(200);
        const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
        expect(violations, file).toEqual([]);
      }
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
    // Five pages (the report, its map, timeline and event embeds, the index): 60-90 s on a loaded 2-core machine.
  }, 240_000);
});
