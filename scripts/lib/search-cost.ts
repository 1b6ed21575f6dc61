/**
 * What search costs (for `npm run bench`): the size of the Pagefind index in a built site, the build time
 * Pagefind adds (from the build's log), and the bytes and requests of a cold query measured in Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { filesUnder } from '../../tests/helpers/site.ts';
import { INDEXED } from '../../src/integrations/search-index.ts';

export interface SearchCost {
  /** Pages and event records indexed, and the seconds indexing took (the time Pagefind adds to a build). */
  pages: number;
  events: number;
  seconds: number;
  /** The index (index, fragment and filter chunks, language meta), and all of `pagefind/` with its scripts and WebAssembly. */
  indexBytes: number;
  indexFiles: number;
  bundleBytes: number;
  query?: QueryCost;
}

export interface QueryCost {
  term: string;
  results: number;
  /** Requests and bytes on the wire (as served, compressed where the server compresses), for `pagefind/` and in all. */
  searchRequests: number;
  searchBytes: number;
  pageRequests: number;
  pageBytes: number;
}

/** Reads the index size from `dist/pagefind/` and the indexing time from the build log. */
export function searchCost(dist: string, log: string): SearchCost | undefined {
  const line = INDEXED.exec(log);
  if (!line) return undefined;
  const files = filesUnder(join(dist, 'pagefind'));
  const size = (f: string) => readFileSync(join(dist, 'pagefind', f)).length;
  const index = files.filter((f) => /^(index|fragment|filter)\/|\.pf_meta$/.test(f));
  return {
    pages: Number(line[1]),
    events: Number(line[2]),
    seconds: Number(line[4]),
    indexBytes: index.reduce((n, f) => n + size(f), 0),
    indexFiles: index.length,
    bundleBytes: files.reduce((n, f) => n + size(f), 0),
  };
}

/** Opens `/search/?q=term` in a fresh browser and counts what the first answer costs. */
export async function coldQuery(siteUrl: string, term: string): Promise<QueryCost> {
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    const responses: Promise<{ url: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) => responses.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize }))));
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(term)}`);
    await page.locator('[data-search-status]').filter({ hasText: /^(\d[\d,]* results? for|No results)/ }).waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('.search-results > li').count();
    const all = await Promise.all(responses);
    const search = all.filter((r) => new URL(r.url).pathname.includes('/pagefind/'));
    return {
      term,
      results,
      searchRequests: search.length,
      searchBytes: search.reduce((n, r) => n + r.bytes, 0),
      pageRequests: all.length,
      pageBytes: all.reduce((n, r) => n + r.bytes, 0),
    };
  } finally {
    await browser.close();
  }
}
