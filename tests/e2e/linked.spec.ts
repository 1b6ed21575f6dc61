/** Linked views: the URL, the article and the shared selection, in Chromium. */
import { expect, test, type Page } from '@playwright/test';

const PAGE = '/reports/iran-militias-syria-2023/';
const selection = (page: Page) => page.evaluate(() => window.sitrepSelection?.get());

test('a deep link to an event restores it: its paragraph lights up and comes into view, and it is announced', async ({ page }) => {
  await page.goto(`${PAGE}#event=us-strikes-2023-10-26`);
  const paragraph = page.locator('#p-3');
  await expect(paragraph).toHaveClass(/is-selected/);
  await expect(paragraph).toBeInViewport();
  await expect(page.locator('[data-announcer]')).toHaveText('26 October 2023: U.S. airstrikes against Iranian militias in Deir ez-Zor');
  expect((await selection(page))?.selected).toEqual({ kind: 'event', id: 'us-strikes-2023-10-26' });
});

test('a deep link with a date range restores the range', async ({ page }) => {
  await page.goto(`${PAGE}#range=2023-10-17..2023-11-09`);
  expect((await selection(page))?.range).toEqual({ start: '2023-10-17', end: '2023-11-09' });
});

test('selections push history: Back steps back through them', async ({ page }) => {
  await page.goto(PAGE);
  await page.waitForFunction(() => window.sitrepSelection !== undefined);
  await page.evaluate(() => window.sitrepSelection!.set({ selected: { kind: 'place', id: 'al-tanf' } }, 'map'));
  await expect(page).toHaveURL(/#place=al-tanf$/);
  await page.evaluate(() => window.sitrepSelection!.set({ selected: { kind: 'event', id: 'us-strikes-2023-11-12' } }, 'timeline'));
  await expect(page).toHaveURL(/#event=us-strikes-2023-11-12$/);
  await page.goBack();
  await expect(page).toHaveURL(/#place=al-tanf$/);
  await expect.poll(async () => (await selection(page))?.selected).toEqual({ kind: 'place', id: 'al-tanf' });
  await page.goBack();
  await expect.poll(async () => (await selection(page))?.selected ?? null).toBeNull();
});

test('plain paragraph anchors still work as anchors', async ({ page }) => {
  await page.goto(`${PAGE}#p-7`);
  await expect(page.locator('#p-7')).toBeInViewport();
  expect((await selection(page))?.selected ?? null).toBeNull();
});

/** Brings the panel's map and timeline to life (scripts load when they come into view) and waits for them. */
async function openViews(page: Page, hash = '') {
  await page.goto(`${PAGE}${hash}`);
  const toggle = page.locator('[data-panel-toggle]');
  if (await toggle.isVisible()) await toggle.click();
  await page.locator('sitrep-map').scrollIntoViewIfNeeded();
  await expect(page.locator('sitrep-map')).toHaveAttribute('data-state', 'ready');
  await page.locator('sitrep-timeline').scrollIntoViewIfNeeded();
  await expect(page.locator('sitrep-timeline[data-ready="true"]')).toHaveCount(1);
}

const marker = (page: Page, id: string) => page.locator(`.leaflet-marker-icon[data-place="${id}"]`);
const mark = (page: Page, id: string) => page.locator(`.tl-frame-h .tl-mark[data-event="${id}"]`);
const mentionOf = (page: Page, kind: string, id: string) => page.locator(`#article-text a.mention[data-ref-kind="${kind}"][data-ref-id="${id}"]`);

test.describe('linked views', () => {
  test('pointing at a mention lights its marker on the map and its events on the timeline', async ({ page }) => {
    await openViews(page);
    await mentionOf(page, 'place', 'al-mayadin').first().hover();
    await expect(marker(page, 'al-mayadin')).toHaveClass(/is-highlighted/);
    await expect(mark(page, 'us-strikes-2023-11-12')).toHaveClass(/is-linked/);
    await page.mouse.move(0, 0);
    await expect(marker(page, 'al-mayadin')).not.toHaveClass(/is-highlighted/);
  });

  test('choosing a mention opens its card on the map and puts it in the URL', async ({ page }) => {
    await openViews(page);
    await mentionOf(page, 'place', 'al-tanf').first().click();
    await expect(page).toHaveURL(/#place=al-tanf$/);
    await expect(page.locator('.map-card')).toBeVisible();
    await expect(page.locator('.map-card h3')).toHaveText('al-Tanf base');
    await expect(page.locator('.map-card [data-copy-link="place:al-tanf"]')).toBeVisible();
  });

  test('choosing a date in the text selects its event on the timeline', async ({ page }) => {
    await openViews(page);
    await mentionOf(page, 'event', 'us-strikes-2023-11-09').first().click();
    await expect(mark(page, 'us-strikes-2023-11-09')).toHaveClass(/is-selected/);
    await expect(marker(page, 'deir-ez-zor-province')).toHaveClass(/is-highlighted/);
  });

  test('choosing a marker on the map highlights its mentions in the text and its events on the timeline', async ({ page }) => {
    await openViews(page);
    await expect(page.locator('sitrep-map')).toHaveAttribute('data-moving', 'false');
    await marker(page, 'al-bukamal').locator('svg').click();
    await expect(mentionOf(page, 'place', 'al-bukamal').first()).toHaveClass(/is-selected/);
    await expect(page.locator('#p-5')).toHaveClass(/is-selected/);
    await expect(mark(page, 'al-bukamal-meeting')).toHaveClass(/is-linked/);
  });

  test('choosing an event on the timeline lights its places on the map and the paragraph that speaks of it', async ({ page }) => {
    await openViews(page);
    await mark(page, 'us-strikes-2023-11-12').click();
    await expect(marker(page, 'al-bukamal')).toHaveClass(/is-highlighted/);
    await expect(marker(page, 'al-mayadin')).toHaveClass(/is-highlighted/);
    await expect(page.locator('#p-3')).toHaveClass(/is-selected/);
    await expect(page).toHaveURL(/#event=us-strikes-2023-11-12$/);
  });

  test('a date range dims the map outside it, and the clear control restores it', async ({ page }) => {
    await openViews(page);
    await page.evaluate(() => window.sitrepSelection!.set({ range: { start: '2023-11-12', end: '2023-11-12' } }, 'timeline'));
    await expect(marker(page, 'al-mayadin')).not.toHaveClass(/is-dimmed/);
    await expect(marker(page, 'al-tanf')).toHaveClass(/is-dimmed/);
    await expect(page).toHaveURL(/#range=2023-11-12\.\.2023-11-12$/);
    await page.getByRole('button', { name: /clear range/i }).click();
    await expect(marker(page, 'al-tanf')).not.toHaveClass(/is-dimmed/);
  });

  test('scrollytelling: the paragraph being read brings its places and events forward', async ({ page }) => {
    await openViews(page);
    await page.locator('#p-3').evaluate((p) => p.scrollIntoView({ block: 'center' }));
    await expect.poll(() => page.evaluate(() => window.sitrepSelection?.get().focus?.paragraph)).toBe('p-3');
    await expect(page.locator('#p-3')).toHaveClass(/is-current/);
    await expect(marker(page, 'al-mayadin')).toHaveClass(/is-in-focus/);
    await expect(mark(page, 'us-strikes-2023-10-26')).toHaveClass(/is-in-focus/);
  });

  test('reference entries offer a citable link', async ({ page }) => {
    await page.goto(PAGE);
    const button = page.locator('#ref-place-al-tanf [data-copy-link="place:al-tanf"]');
    await expect(button).toHaveText('Copy link');
  });
});
