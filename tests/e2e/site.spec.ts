/**
 * The site around the reports, against the built site: every page's head (canonical URL, feeds, icon), the
 * home page and its filters (with and without JavaScript), tag pages, the 404 page, the feeds (RSS 2.0, Atom,
 * JSON Feed 1.1), the sitemap and robots.txt. Reports are discovered from dist/, so new content is covered.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Ajv } from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { elements, htmlPages, parseHtml, readDist, textOf, urlPath } from '../helpers/site.ts';

const DIST = 'dist';
const pages = htmlPages(DIST);
const reportPages = pages.filter((p) => /^reports\/[^/]+\/index\.html$/.test(p)).map(urlPath);
const feed = JSON.parse(readDist(DIST, 'feed.json')) as { items: { url: string; title: string; tags: string[]; date_modified: string }[] };
/** The origin the site was built for (SITE_URL), read from the JSON Feed's own address. */
const ORIGIN = new URL((JSON.parse(readDist(DIST, 'feed.json')) as { feed_url: string }).feed_url).origin;
const local = (absolute: string) => new URL(absolute).pathname;
/** The file a site path is served from. */
const fileOf = (path: string) => join(DIST, decodeURIComponent(path).replace(/^\//, '').replace(/(^|\/)$/, '$1index.html'));
const xml = new XMLParser({ ignoreAttributes: false, isArray: (_name, path) => ['rss.channel.item', 'feed.entry', 'feed.link', 'feed.entry.link', 'urlset.url', 'sitemapindex.sitemap'].includes(String(path)) });

test.describe('every page', () => {
  // Embed pages are frames for other sites (noindex, no site frame): tests/e2e/embed.spec.ts checks their head.
  for (const file of pages.filter((f) => !f.startsWith('embed/'))) {
    test(`${urlPath(file)} has a canonical URL, the three feeds and the icon in its head`, () => {
      const html = readDist(DIST, file);
      // An old id's page redirects: its canonical URL is the page it now lives at.
      const redirect = /http-equiv="refresh"/i.test(html);
      const all = elements(parseHtml(html));
      const head = all.filter((el) => el.tagName === 'link');
      const rel = (name: string) => head.filter((el) => (el.properties['rel'] as string[] | undefined)?.includes(name));
      const canonical = rel('canonical');
      expect(canonical).toHaveLength(1);
      const href = String(canonical[0]!.properties['href']);
      expect(href.startsWith(`${ORIGIN}/`), href).toBe(true);
      if (redirect) expect(existsSync(fileOf(local(href))), href).toBe(true);
      else if (file !== '404.html') expect(local(href)).toBe(urlPath(file));
      const feeds = rel('alternate').map((el) => String(el.properties['type']));
      expect(feeds).toEqual(expect.arrayContaining(['application/rss+xml', 'application/atom+xml', 'application/feed+json']));
      // Feeds and the icon by path; the page in another language (hreflang) by its absolute URL.
      for (const link of [...rel('alternate'), ...rel('icon')]) {
        const target = String(link.properties['href']);
        expect(existsSync(fileOf(target.startsWith(ORIGIN) ? local(target) : target)), target).toBe(true);
      }
      // Structured data names the same address (an Arabic report's is under /ar/).
      for (const script of all.filter((el) => el.tagName === 'script' && el.properties['type'] === 'application/ld+json')) {
        const ld = JSON.parse(textOf(script)) as { url?: unknown };
        if (typeof ld.url === 'string') expect(ld.url, 'JSON-LD url').toBe(href);
      }
    });
  }
});

test.describe('the home page', () => {
  test('lists every report, newest first, with its period, region and tags', async ({ page }) => {
    await page.goto('/');
    const items = page.locator('.report-list > li');
    await expect(items).toHaveCount(reportPages.length);
    const hrefs = await items.locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(feed.items.map((i) => local(i.url)));
    const first = items.first();
    await expect(first).toContainText('Covers ');
    await expect(first).toContainText('Region: ');
    await expect(first.locator('a.tag').first()).toBeVisible();
  });

  test('filters by country and year in place, keeps the choice in the URL and restores it', async ({ page }) => {
    await page.goto('/');
    const country = page.getByLabel('By country');
    const options = await country.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(options.length).toBeGreaterThan(0);
    const code = options[0]!;
    await country.selectOption(code);
    await expect(page).toHaveURL(new RegExp(`\\?country=${code}$`));
    const visible = page.locator('.report-list > li:not([hidden])');
    const expected = await page.locator('.report-list > li').evaluateAll((lis, c) => lis.filter((li) => (li as HTMLElement).dataset['countries']!.split(' ').includes(c)).length, code);
    await expect(visible).toHaveCount(expected);
    await expect(page.getByRole('status')).toHaveText(new RegExp(`Showing ${expected} of ${reportPages.length} report`));
    // A link restores the choice (and ignores a value the form does not offer).
    await page.goto(`/?country=${code}&year=1900`);
    await expect(page.getByLabel('By country')).toHaveValue(code);
    await expect(page.getByLabel('By year')).toHaveValue('');
    await expect(page.locator('.report-list > li:not([hidden])')).toHaveCount(expected);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('.report-list > li:not([hidden])')).toHaveCount(reportPages.length);
  });

  test('without JavaScript: no filter form, and tag links lead to tag pages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('.facet-form')).toBeHidden();
    const tag = page.locator('.tag-links a.tag').first();
    const name = (await tag.textContent())!.replace(/\s*\(\d+\)$/, '');
    await tag.click();
    await expect(page).toHaveURL(new RegExp(`/tags/${name}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Reports tagged “${name}”`);
    await context.close();
  });
});

test('a tag page lists exactly the reports with that tag, and links back to all reports', async ({ page }) => {
  const tag = feed.items[0]!.tags[0]!;
  await page.goto(`/tags/${tag}/`);
  const listed = await page.locator('.report-list h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(listed).toEqual(feed.items.filter((i) => i.tags.includes(tag)).map((i) => local(i.url)));
  await page.getByRole('link', { name: 'All reports' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('an address with no page gets the 404 page in the site’s design, with a way home', async ({ page }) => {
  const response = await page.goto('/reports/no-such-report/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('.site-header')).toBeVisible();
  await page.getByRole('link', { name: 'See all reports' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test.describe('feeds', () => {
  test('RSS 2.0: a channel with title, link and description; one item per report, each with a working link, guid and date', () => {
    const text = readDist(DIST, 'rss.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const { rss } = xml.parse(text);
    expect(rss['@_version']).toBe('2.0');
    const channel = rss.channel;
    for (const field of ['title', 'link', 'description']) expect(channel[field], field).toBeTruthy();
    const items = channel.item ?? [];
    expect(items.map((i: { link: string }) => local(i.link)).sort()).toEqual([...reportPages].sort());
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.guid['#text']).toBe(item.link);
      // RFC 822 dates, as RSS 2.0 asks.
      expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(existsSync(fileOf(local(item.link)))).toBe(true);
    }
  });

  test('Atom: feed id, title, updated and self link; one entry per report with id, title, updated, link and author', () => {
    const text = readDist(DIST, 'atom.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const { feed: atom } = xml.parse(text);
    expect(atom['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const field of ['id', 'title', 'updated']) expect(atom[field], field).toBeTruthy();
    expect(atom.link.some((l: Record<string, string>) => l['@_rel'] === 'self' && local(l['@_href']!) === '/atom.xml')).toBe(true);
    const entries = atom.entry ?? [];
    expect(entries.map((e: { link: Record<string, string>[] }) => local(e.link[0]!['@_href']!)).sort()).toEqual([...reportPages].sort());
    for (const entry of entries) {
      expect(entry.id).toMatch(/^https?:\/\//);
      expect(entry.title).toBeTruthy();
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(entry.author ?? atom.author).toBeTruthy();
    }
  });

  test('JSON Feed 1.1: valid against the spec’s required fields; one item per report', () => {
    const schema = {
      type: 'object',
      required: ['version', 'title', 'items'],
      properties: {
        version: { const: 'https://jsonfeed.org/version/1.1' },
        title: { type: 'string', minLength: 1 },
        home_page_url: { type: 'string', pattern: '^https?://' },
        feed_url: { type: 'string', pattern: '^https?://' },
        items: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id'],
            anyOf: [{ required: ['content_text'] }, { required: ['content_html'] }],
            properties: {
              id: { type: 'string', minLength: 1 },
              url: { type: 'string', pattern: '^https?://' },
              date_published: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})$' },
              date_modified: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})$' },
              authors: { type: 'array', items: { type: 'object', required: ['name'] } },
              tags: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    };
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const json = JSON.parse(readDist(DIST, 'feed.json'));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.items.map((i: { url: string }) => local(i.url)).sort()).toEqual([...reportPages].sort());
  });
});

test('the sitemap lists every page but the 404 page, each report dated by the report', () => {
  const index = xml.parse(readDist(DIST, 'sitemap-index.xml'));
  const locs: string[] = [];
  const dates = new Map<string, string>();
  for (const sitemap of index.sitemapindex.sitemap) {
    const { urlset } = xml.parse(readFileSync(fileOf(local(sitemap.loc)), 'utf8'));
    for (const url of urlset.url) {
      locs.push(url.loc);
      if (url.lastmod) dates.set(local(url.loc), url.lastmod);
    }
  }
  expect(locs.every((l) => l.startsWith(`${ORIGIN}/`))).toBe(true);
  expect(locs.map(local).sort()).toEqual(pages.filter((p) => p !== '404.html').map(urlPath).sort());
  for (const item of feed.items) expect(dates.get(local(item.url))).toBe(new Date(item.date_modified).toISOString());
});

test('robots.txt allows crawling and points at the sitemap', () => {
  const robots = readDist(DIST, 'robots.txt');
  expect(robots).toMatch(/^User-agent: \*$/m);
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemap).toBe(`${ORIGIN}/sitemap-index.xml`);
  expect(existsSync(fileOf(local(sitemap!)))).toBe(true);
});

test('the report pages are marked for the search index; listings are not', () => {
  for (const file of pages) {
    const main = elements(parseHtml(readDist(DIST, file))).find((el) => el.tagName === 'main');
    const indexed = main?.properties['dataPagefindBody'] !== undefined;
    // Reports and entity pages are indexed; an old id's redirect page is not (its new page is).
    const redirect = /http-equiv="refresh"/i.test(readDist(DIST, file));
    expect(indexed, `${file} indexed: ${indexed}`).toBe(reportPages.includes(urlPath(file)) || /^[a-z]{2}\/reports\/[^/]+\/index\.html$/.test(file) || (/^(places|actors|sources|events)\/[^/]+\/index\.html$/.test(file) && !redirect));
  }
  // The report's title is what a result shows.
  const report = reportPages[0]!;
  const h1 = elements(parseHtml(readFileSync(fileOf(report), 'utf8'))).find((el) => el.tagName === 'h1');
  expect(textOf(h1!).trim()).toBe(feed.items.find((i) => local(i.url) === report)!.title);
});

test('at phone width the home, tag, search and 404 pages fit the screen (no sideways scrolling)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  for (const path of ['/', `/tags/${feed.items[0]!.tags[0]!}/`, '/search/', '/no-such-page/']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  }
  await context.close();
});
