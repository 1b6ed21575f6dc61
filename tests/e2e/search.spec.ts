/**
 * Search (Pagefind) against the built site: a word of a page's text finds the page, filters narrow the
 * results, the query lives in the URL, the header's box leads to the search page, it works at phone width,
 * and without JavaScript the page says what to do. Pagefind runs under the page's strict CSP with nothing
 * but 'wasm-unsafe-eval' added, and loads nothing from another host.
 */
import { expect, test, type Page } from '@playwright/test';
import { elements, htmlPages, parseHtml, readDist, textOf, urlPath } from '../helpers/site.ts';
import { samplePages } from '../helpers/registry-pages.ts';
import { messagesFor } from '../../src/lib/i18n/catalogue.ts';

// Measured on the 2-core machine at a load average of 33: a cold search answers in 2.7–6.5 s, and the seed's
// report page takes over 10 s to settle; Playwright's 30 s default is too tight for a test that does both.
test.describe.configure({ timeout: 120_000 });
const ANSWER = { timeout: 60_000 };

/** Every page the index holds, with its title: reports and entity pages, as they exist in dist/. */
const indexed = samplePages(htmlPages('dist')).flatMap((file) => {
  const tree = parseHtml(readDist('dist', file));
  const main = elements(tree).find((el) => el.tagName === 'main');
  if (main?.properties['dataPagefindBody'] === undefined) return [];
  const h1 = elements(tree).find((el) => el.tagName === 'h1');
  return h1 ? [{ path: urlPath(file), title: textOf(h1).trim() }] : [];
});

/** The result links once the search has answered (the status is written after the first results). */
async function results(page: Page): Promise<string[]> {
  await expect(page.locator('[data-search-status]')).toHaveText(/^(\d+ results? for|No results|نتائج البحث عن|لا نتائج)/, ANSWER); // English or Arabic
  return page.locator('.search-results .result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

test('the index holds at least one page', () => {
  expect(indexed.length).toBeGreaterThan(0);
});

for (const { path, title } of indexed) {
  test(`a search for the title of ${path} finds it`, async ({ page }) => {
    // Each language has its own index and search page: an Arabic page is found from /ar/search/.
    const locale = /^\/([a-z]{2})\//.exec(path)?.[1] ?? 'en';
    const searchPage = locale === 'en' ? '/search/' : `/${locale}/search/`;
    await page.goto(`${searchPage}?q=${encodeURIComponent(title)}`);
    await expect(page.getByLabel(messagesFor(locale)('search.label'))).toHaveValue(title);
    expect(await results(page)).toContain(path);
  });
}

test('a word from the text finds the report, and the result leads to it', async ({ page }) => {
  const report = indexed.find((p) => p.path.startsWith('/reports/'))!;
  // A word of the article's text that is not in its title.
  const word = await page.goto(report.path).then(() => page.locator('#article-text p').first().textContent());
  const pick = word!.split(/\W+/).filter((w) => w.length > 6 && !report.title.includes(w))[0]!;
  await page.goto(`/search/?q=${encodeURIComponent(pick)}`);
  expect(await results(page)).toContain(report.path);
  await page.locator(`.search-results a[href="${report.path}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${report.path}$`));
});

test('the header box leads to the search page with the query, and filters narrow the results', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the site' }).fill('strikes');
  await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=strikes$/);
  const all = await results(page);
  expect(all.length).toBeGreaterThan(0);
  await page.getByLabel('Kind').selectOption('event');
  await expect(page).toHaveURL(/\/search\/\?q=strikes&kind=event$/);
  await expect.poll(async () => (await page.locator('.result-kind').allTextContents()).join('|')).toMatch(/^Event(\|Event)*$/);
  // Events link to their report with the event selected.
  const events = await results(page);
  expect(events.every((href) => /\/reports\/[^/]+\/#event=[a-z0-9-]+$/.test(href) || href.startsWith('/events/')), events.join('\n')).toBe(true);
  await page.goBack();
  await expect(page.getByLabel('Kind')).toHaveValue('');
});

test('an event result opens the event\'s page, which leads to the report that tells it', async ({ page }) => {
  await page.goto('/search/?q=strikes&kind=event');
  // An event with a page of its own is indexed as that page (src/lib/site/search-records.ts); the others as
  // their place in the report (`#event=`), selected when it opens.
  const link = page.locator('.search-results .result-title a').first();
  await expect(link).toBeVisible(ANSWER);
  const title = (await link.textContent())!.trim();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  if (href.includes('#event=')) {
    await expect(page.locator('.is-selected').first()).toBeAttached(ANSWER);
    return;
  }
  await expect(page.locator('h1')).toHaveText(title);
  const report = page.locator('main a[href^="/reports/"]').first();
  const reportHref = (await report.getAttribute('href'))!;
  await report.click();
  await expect(page).toHaveURL(new RegExp(`${reportHref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator('#article-text')).toBeVisible();
});

test('Pagefind runs under the strict CSP: no violation, no error, no other host', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => new URL(r.url()).hostname !== '127.0.0.1' && !r.url().startsWith('data:') && problems.push(`request to ${r.url()}`));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto('/search/?q=militias');
  expect((await results(page)).length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('the search page says what to do without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=militias');
  await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: 'All reports' })).toBeVisible();
  await context.close();
});

test('search works at phone width, without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/search/?q=militias');
  expect((await results(page)).length).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
