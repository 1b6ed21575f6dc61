/**
 * The entity pages on a phone (Pixel 7 project): each page type reads in one column with no sideways
 * scrolling, its map and timeline fit the screen, and the links to the report's paragraphs work.
 */
import { expect, test } from '@playwright/test';

test.describe.configure({ timeout: 120_000 });

const PAGES = ['/places/al-bukamal/', '/actors/kataib-hezbollah/', '/sources/sohr/', '/events/tower-22-drone-attack/', '/reports/iran-militias-syria-2023/events/'];

for (const path of PAGES) {
  test(`${path} fits a phone's width`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const wide = await page.evaluate(() => [...document.querySelectorAll('.entity svg, .entity-events, .entity-mentions')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).map((el) => el.className));
    // The events table may scroll inside its own box; the page itself never does.
    expect(overflow).toBeLessThanOrEqual(0);
    expect(wide).toEqual([]);
  });
}

test('on a phone, the timeline is the vertical one and a mention leads to its paragraph', async ({ page }) => {
  await page.goto('/places/al-bukamal/');
  await expect(page.locator('.et-v svg')).toBeVisible();
  await expect(page.locator('.et-h svg')).toBeHidden();
  const link = page.locator('.em-para').first();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
});
