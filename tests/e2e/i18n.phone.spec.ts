/** The Arabic edition on a phone (Pixel 7 in the `phone` project): right to left, nothing sideways, nothing shifting. */
import { expect, test } from '@playwright/test';
import { ar } from '../../src/lib/i18n/ar/index.ts';

// Measured: 10–35 s per test on the shared 2-core machine under load, most of it page loads.
test.describe.configure({ timeout: 120_000 });

const AR_REPORT = '/ar/reports/us-strikes-eastern-syria-2023/';

for (const path of [AR_REPORT, '/ar/']) {
  test(`${path} is right to left and never scrolls sideways`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.waitForLoadState('load');
    const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('the Arabic report: the panel opens, the page does not shift or overflow, the card docks in Arabic', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(AR_REPORT);
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
  const toggle = page.locator('[data-panel-toggle]');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await toggle.click();
  // Focusing a mention docks its card at the bottom of the screen, edge to edge, written in Arabic.
  await page.locator('#article-text a.mention[data-ref-id="lloyd-austin"]').first().focus();
  const card = page.locator('#mention-card');
  await expect(card).toBeVisible();
  await expect(card).toHaveClass(/docked/);
  await expect(card.locator('.card-hint')).toHaveText(ar['cards.hint']);
  const box = (await card.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeLessThanOrEqual(1);
  expect(box.x + box.width).toBeGreaterThanOrEqual(viewport.width - 1);
});
