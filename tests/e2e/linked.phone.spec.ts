/** The linked views on a phone (Pixel 7 in the `phone` project): a folded panel, nothing over the text. */
import { expect, test } from '@playwright/test';

const PAGE = '/reports/iran-militias-syria-2023/';

test('the map and timeline fold into a bar the reader opens, and the page never scrolls sideways', async ({ page }) => {
  await page.goto(PAGE);
  const toggle = page.getByRole('button', { name: 'Map and timeline' });
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('sitrep-map')).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('sitrep-map')).toBeVisible();
  const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('choosing a place in the text opens the panel with its card, below the bar, not over the text being read', async ({ page }) => {
  await page.goto(PAGE);
  const mention = page.locator('#article-text a.mention[data-ref-kind="place"][data-ref-id="al-tanf"]').first();
  await mention.click();
  await expect(page.getByRole('button', { name: 'Map and timeline' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('sitrep-map')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('.map-card h3')).toHaveText('al-Tanf base');
  await expect(page).toHaveURL(/#place=al-tanf$/);
  // The panel is pinned at the top of the screen; the text being read continues below it.
  const panel = await page.locator('.report-panel').boundingBox();
  expect(panel!.y).toBeLessThanOrEqual(1);
  expect(panel!.height).toBeLessThanOrEqual(page.viewportSize()!.height * 0.62);
});

test('without JavaScript the map and timeline are simply in the page, after the article', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.locator('[data-panel-toggle]')).toBeHidden();
  await expect(page.locator('.report-panel svg').first()).toBeVisible();
  await context.close();
});
