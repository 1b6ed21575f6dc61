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
