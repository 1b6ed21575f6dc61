import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { createRoutes } from '../../../../src/lib/routes.ts';
import { atomFeed, feedItems, feedMeta, jsonFeed, lastChange, xmlText } from '../../../../src/lib/site/feeds.ts';
import { summarise } from '../../../../src/lib/site/summary.ts';

const routes = createRoutes({ base: '/field-reports/', origin: 'https://org.example' });
const meta = feedMeta(routes, { title: 'Reports & notes', description: 'All <the> reports', lang: 'en' });
// Synthetic reports, with markup and an XML-forbidden character in their strings.
const reports = [
  summarise('b', { title: 'B <script>alert(1)</script>', dek: 'Dek & more\u0001', authors: [{ name: 'Ann "A" Author' }], publisher: 'P', published: '2024-02-03', updated: '2024-02-10', period: { start: '2024-01-01', end: '2024-01-31' }, tags: ['x'] }),
  summarise('a', { title: 'A', dek: 'Dek', authors: [{ name: 'Bo' }], publisher: 'P', published: { start: '2023-11-12', end: '2023-11-20', precision: 'range' }, period: { start: '2023-10-07', end: '2023-11-20' } }),
];
const items = feedItems(reports, routes);

describe('feedItems()', () => {
  it('gives absolute URLs under the base and the reports’ own dates', () => {
    expect(items.map((i) => i.url)).toEqual(['https://org.example/field-reports/reports/b/', 'https://org.example/field-reports/reports/a/']);
    expect(items[0]).toMatchObject({ published: '2024-02-03', modified: '2024-02-10' });
    expect(items[1]).toMatchObject({ published: '2023-11-20', modified: '2023-11-20' });
    expect(lastChange(items)).toBe('2024-02-10');
    expect(lastChange([])).toBe('1970-01-01');
  });
});

describe('atomFeed()', () => {
  const xml = atomFeed(meta, items);
  it('is well-formed XML with every string escaped', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0001');
  });
  it('has what RFC 4287 requires: feed id, title, updated, self link; entry id, title, updated, link, author', () => {
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name) }).parse(xml);
    const feed = doc.feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://org.example/field-reports/');
    expect(feed.title).toBe('Reports & notes');
    expect(feed.updated).toBe('2024-02-10T00:00:00Z');
    expect(feed.link.find((l: Record<string, string>) => l['@_rel'] === 'self')['@_href']).toBe('https://org.example/field-reports/atom.xml');
    expect(feed.entry).toHaveLength(2);
    expect(feed.entry[0].title).toBe('B <script>alert(1)</script>');
    expect(feed.entry[0].author[0].name).toBe('Ann "A" Author');
    expect(feed.entry[0].link[0]['@_href']).toBe('https://org.example/field-reports/reports/b/');
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^https:\/\//);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    }
  });
});

describe('jsonFeed()', () => {
  it('follows JSON Feed 1.1: version, title, items with id, url, dates and content', () => {
    const feed = jsonFeed(meta, items);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe('https://org.example/field-reports/feed.json');
    expect(feed.items.map((i) => i.id)).toEqual(items.map((i) => i.url));
    expect(feed.items[0]).toMatchObject({ date_published: '2024-02-03T00:00:00Z', date_modified: '2024-02-10T00:00:00Z', authors: [{ name: 'Ann "A" Author' }], content_text: 'Dek & more\u0001' });
  });
});

describe('xmlText()', () => {
  it('escapes markup and drops characters XML 1.0 forbids', () => {
    expect(xmlText('a < b & "c" \u0000\u001f\ufffe')).toBe('a &lt; b &amp; &quot;c&quot; ');
    expect(xmlText('tab\tand\nnewline')).toBe('tab\tand\nnewline');
  });
});
