/**
 * Pages that share well, checked file by file on the built site (no browser): every report page names a
 * share image that exists in the build and is a 1200×630 PNG, with its alt text and card type, and carries
 * JSON-LD (a NewsArticle whose headline, dates and URL agree with the page) that parses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pngSize } from '../../src/lib/og/png.ts';
import { elements, htmlPages, parseHtml, readDist, textOf, urlPath } from '../helpers/site.ts';

const DIST = 'dist';
const reports = htmlPages(DIST).filter((f) => /^reports\/[^/]+\/index\.html$/.test(f));

const meta = (file: string) => {
  const els = elements(parseHtml(readDist(DIST, file)));
  const content = (key: string) => els.find((el) => el.tagName === 'meta' && (el.properties['property'] === key || el.properties['name'] === key))?.properties['content'];
  const jsonLd = els.filter((el) => el.tagName === 'script' && el.properties['type'] === 'application/ld+json').map((el) => textOf(el));
  const h1 = els.find((el) => el.tagName === 'h1');
  return { content, jsonLd, h1: h1 ? textOf(h1).trim() : '' };
};

test('the build has report pages to check', () => {
  expect(reports.length).toBeGreaterThan(0);
});

for (const file of reports) {
  test(`${urlPath(file)}: og:image is a 1200×630 PNG in the build`, () => {
    const { content } = meta(file);
    const image = String(content('og:image') ?? '');
    expect(image).toMatch(/^https?:\/\//);
    const path = join(DIST, decodeURIComponent(new URL(image).pathname));
    expect(existsSync(path), `${image} → ${path}`).toBe(true);
    expect(pngSize(readFileSync(path))).toEqual({ width: 1200, height: 630 });
    expect(content('og:image:width')).toBe('1200');
    expect(content('og:image:height')).toBe('630');
    expect(String(content('og:image:alt') ?? '')).not.toBe('');
    expect(content('twitter:card')).toBe('summary_large_image');
  });

  test(`${urlPath(file)}: JSON-LD describes the report as a NewsArticle`, () => {
    const { content, jsonLd, h1 } = meta(file);
    expect(jsonLd).toHaveLength(1);
    const data = JSON.parse(jsonLd[0]!) as Record<string, unknown>;
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('NewsArticle');
    expect(data['headline']).toBe(h1);
    expect(data['url']).toBe(content('og:url'));
    expect(data['image']).toEqual([content('og:image')]);
    expect(String(data['dateModified'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Array.isArray(data['author']) && (data['author'] as unknown[]).length).toBeGreaterThan(0);
    expect(data['publisher']).toMatchObject({ '@type': 'Organization' });
  });
}
