/**
 * Checks on the built site, file by file (no browser): every page in dist/ is valid HTML
 * (html-validate, config in .htmlvalidate.mjs) and no internal link or anchor is broken.
 * Pages are discovered from dist/, so new views and pages are covered as they land.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { elements, htmlPages, parseHtml, readDist, urlPath } from '../helpers/site.ts';

const DIST = 'dist';
const pages = htmlPages(DIST);

test('dist/ holds the index and at least one report page', () => {
  expect(pages).toContain('index.html');
  expect(pages.some((p) => p.startsWith('reports/'))).toBe(true);
});

test('every page is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const report = await validator.validateMultipleFiles(pages.map((p) => join(DIST, p)));
  const text = formatterFactory('text');
  expect(report.valid, text(report.results)).toBe(true);
});

/** The file an internal URL path is served from, or undefined when there is none. */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path).replace(/^\//, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((c) => existsSync(join(DIST, c)) && statSync(join(DIST, c)).isFile());
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set(elements(parseHtml(readDist(DIST, file))).flatMap((el) => (typeof el.properties['id'] === 'string' ? [el.properties['id']] : [])));
    // name= anchors are not used by Sitrep; ids only.
    idsCache.set(file, ids);
  }
  return ids;
}

test('no broken internal link or anchor', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const base = new URL(urlPath(page), 'http://site.invalid');
    for (const el of elements(parseHtml(readDist(DIST, page)))) {
      for (const name of ['href', 'src', 'action', 'xLinkHref']) {
        const value = el.properties[name];
        if (typeof value !== 'string' || /^(data|mailto|tel):/i.test(value)) continue;
        const url = new URL(value, base);
        if (url.origin !== base.origin) continue; // external links to sources are links, not requests
        checked += 1;
        const file = fileFor(url.pathname);
        if (!file) {
          broken.push(`${page}: <${el.tagName} ${name}="${value}"> → no file for ${url.pathname}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        // `#event=…`, `#place=…&range=…` are a selection for the linked views (src/scripts/url-state.ts), not an id.
        if (fragment && !fragment.includes('=') && file.endsWith('.html') && !idsOf(file).has(fragment)) broken.push(`${page}: <${el.tagName} ${name}="${value}"> → no id "${fragment}" in ${file}`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(0);
});
