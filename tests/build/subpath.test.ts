/**
 * The site published under a sub-path (`SITE_BASE=/field-reports/`, as on GitHub Pages) with its own origin
 * (`SITE_URL`): built for real, served under that path only (nothing outside it exists, as on the host), and
 * every URL it makes is fetched: links, scripts, styles, images, data files and URLs handed to scripts
 * (the basemap), the feeds and their items, the sitemap and robots.txt, the search index's files. Then
 * Chromium reads every page under the sub-path, searches, and follows a result: no request fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { buildSite, elements, htmlPages, parseHtml, readDist, urlPath } from '../helpers/site.ts';

const BASE = '/field-reports/';
const ORIGIN = 'https://research.example.net';
const root = mkdtempSync(join(tmpdir(), 'sitrep-subpath-'));
const dist = join(root, 'dist');
let server: { url: string; close: () => Promise<void> };
let build: ReturnType<typeof buildSite>;

beforeAll(async () => {
  build = buildSite('content/reports', dist, 300_000, { SITE_BASE: BASE, SITE_URL: ORIGIN });
  if (build.status === 0) server = await serveStatic(dist, 0, { base: BASE });
}, 320_000);
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** The URLs a page makes: link and resource attributes, absolute URLs in meta, site paths in data-* JSON. */
function urlsOf(html: string): string[] {
  const out: string[] = [];
  for (const el of elements(parseHtml(html))) {
    for (const [name, value] of Object.entries(el.properties)) {
      if (typeof value !== 'string' || value === '') continue;
      if (['href', 'src', 'action', 'xLinkHref', 'poster'].includes(name)) out.push(value);
      else if (name === 'srcSet') out.push(...value.split(',').map((c) => c.trim().split(/\s+/)[0]!));
      else if (name === 'content' && /^https?:\/\//.test(value)) out.push(value);
      else if (name.startsWith('data') && /^[[{]/.test(value)) {
        const walk = (v: unknown): void => {
          if (typeof v === 'string' && (v.startsWith('/') || v.startsWith(`${ORIGIN}/`))) out.push(v);
          else if (Array.isArray(v)) v.forEach(walk);
          else if (v && typeof v === 'object') Object.values(v).forEach(walk);
        };
        try {
          walk(JSON.parse(value));
        } catch {
          // Not JSON: not a URL holder.
        }
      }
    }
  }
  return out;
}

describe(`the site built for ${ORIGIN}${BASE}`, () => {
  it('builds', () => {
    expect(build.status, build.stderr + build.stdout).toBe(0);
  });

  it('resolves every URL of every page, feed, sitemap and the search index under the sub-path', async () => {
    expect(build.status).toBe(0);
    /** Where each URL was found, by the URL fetched. */
    const found = new Map<string, Set<string>>();
    const outside: string[] = [];
    const add = (raw: string, from: string) => {
      const url = new URL(raw, `${server.url}${from.startsWith('/') ? from : BASE}`);
      const local = url.origin === ORIGIN ? new URL(url.pathname + url.search, server.url) : url;
      if (local.origin !== server.url) return; // links to sources elsewhere are links, not requests
      if (!local.pathname.startsWith(BASE)) outside.push(`${from}: ${raw}`);
      const key = local.origin + local.pathname + local.search;
      if (!found.has(key)) found.set(key, new Set());
      found.get(key)!.add(from);
    };

    const pages = htmlPages(dist);
    for (const file of pages) {
      const at = `${BASE}${urlPath(file).slice(1)}`;
      add(at, '(the page list)');
      for (const url of urlsOf(readDist(dist, file))) add(url, at);
    }
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (_n, path) => ['rss.channel.item', 'feed.entry', 'feed.link', 'feed.entry.link', 'urlset.url', 'sitemapindex.sitemap'].includes(String(path)) });
    const { rss } = xml.parse(readDist(dist, 'rss.xml'));
    for (const item of rss.channel.item) add(item.link, `${BASE}rss.xml`);
    add(rss.channel.link, `${BASE}rss.xml`);
    const { feed } = xml.parse(readDist(dist, 'atom.xml'));
    for (const link of [...feed.link, ...feed.entry.flatMap((e: { link: unknown[] }) => e.link)] as Record<string, string>[]) add(link['@_href']!, `${BASE}atom.xml`);
    const json = JSON.parse(readDist(dist, 'feed.json'));
    for (const url of [json.home_page_url, json.feed_url, json.icon, ...json.items.map((i: { url: string }) => i.url)]) add(url, `${BASE}feed.json`);
    const robots = readDist(dist, 'robots.txt');
    add(/^Sitemap: (\S+)$/m.exec(robots)![1]!, `${BASE}robots.txt`);
    for (const sitemap of xml.parse(readDist(dist, 'sitemap-index.xml')).sitemapindex.sitemap) {
      add(sitemap.loc, `${BASE}sitemap-index.xml`);
      const file = new URL(sitemap.loc).pathname.slice(BASE.length);
      for (const url of xml.parse(readDist(dist, file)).urlset.url) add(url.loc, `${BASE}${file}`);
    }
    // The search index: its entry names the language files the script fetches.
    const entry = JSON.parse(readDist(dist, 'pagefind/pagefind-entry.json')) as { languages: Record<string, { hash: string; wasm: string | null }> };
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']) add(`${BASE}pagefind/${file}`, '(search)');
    for (const lang of Object.values(entry.languages)) {
      add(`${BASE}pagefind/pagefind.${lang.hash}.pf_meta`, '(search)');
      if (lang.wasm) add(`${BASE}pagefind/wasm.${lang.wasm}.pagefind`, '(search)');
    }

    expect(outside, 'URLs outside the sub-path').toEqual([]);
    const broken: string[] = [];
    for (const [url, from] of found) {
      const response = await fetch(url);
      if (response.status !== 200) broken.push(`${response.status} ${url.slice(server.url.length)}  (from ${[...from].slice(0, 3).join(', ')})`);
      await response.arrayBuffer();
    }
    expect(broken).toEqual([]);
    // The check saw the kinds of URL it is for.
    const paths = [...found.keys()].map((u) => new URL(u).pathname);
    for (const kind of [/\/_astro\/.+\.js$/, /\/basemap\.json$/, /\/data\.json$/, /\/events\.csv$/, /\/rss\.xml$/, /\/atom\.xml$/, /\/feed\.json$/, /\/sitemap-0\.xml$/, /\/favicon\.svg$/, /\/tags\/[^/]+\/$/, /\/search\/$/, /\.pf_meta$/]) {
      expect(paths.some((p) => kind.test(p)), String(kind)).toBe(true);
    }
  }, 120_000);

  it('in Chromium: every page, the map’s data, a search and its result load under the sub-path, with no failed request', async () => {
    expect(build.status).toBe(0);
    const browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const failed: string[] = [];
      const loaded: string[] = [];
      page.on('response', (r) => {
        loaded.push(new URL(r.url()).pathname);
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()} (on ${page.url()})`);
      });
      page.on('requestfailed', (r) => failed.push(`failed ${r.url()}: ${r.failure()?.errorText} (on ${page.url()})`));
      page.on('pageerror', (e) => failed.push(`error on ${page.url()}: ${e.message}`));
      // Redirect pages (an old id's page) leave at once, aborting their own requests; their links are checked above.
      for (const file of htmlPages(dist).filter((f) => f !== '404.html' && !/http-equiv="refresh"/i.test(readDist(dist, f)))) {
        await page.goto(`${server.url}${BASE}${urlPath(file).slice(1)}`);
        for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 3_000);
        await page.waitForLoadState('networkidle');
      }
      expect(failed).toEqual([]);
      const reportPages = htmlPages(dist).filter((f) => /^(?:[a-z]{2}\/)?reports\/[^/]+\/index\.html$/.test(f));
      const expectedBasemaps = [
        ...reportPages.map((f) => `${BASE}reports/${f.split('/').at(-2)}/basemap.json`),
        // The atlas draws every report's places on a basemap of its own.
        ...(htmlPages(dist).includes('atlas/index.html') ? [`${BASE}atlas/basemap.json`] : []),
      ];
      expect(expectedBasemaps.length, 'report pages in the build').toBeGreaterThan(0);
      // Each report's map fetched its own basemap, and no page fetched another report's.
      expect([...new Set(loaded.filter((p) => p.endsWith('/basemap.json')))].sort(), 'the maps fetched their basemaps').toEqual([...new Set(expectedBasemaps)].sort());

      await page.goto(`${server.url}${BASE}search/?q=militias`);
      const first = page.locator('.search-results .result-title a').first();
      await first.waitFor({ timeout: 60_000 });
      const hrefs = await page.locator('.search-results .result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
      await first.click();
      await page.waitForLoadState('networkidle');
      // A result is a report or a page of the registry (a place, an actor ...), under the sub-path.
      expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${BASE}(?:ar/)?(?:reports|places|actors|sources|events)/[^/]+/$`));
      expect(failed).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 240_000);
});
