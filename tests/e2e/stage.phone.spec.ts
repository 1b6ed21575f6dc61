/**
 * The reading stage on a phone (390 × 844, touch): the stage is a bar at the top; opened, the map and the
 * timeline strip both fit on screen above the text, follow the paragraph being read, and a tap on a name
 * opens one card, the map's, beside its place.
 */
import { expect, test, type Page } from '@playwright/test';
import { contains, focusPlacesOnScreen, followLatency, watchFocus, inside, mapReady, markerCentre, PAGE, paragraphIds, readParagraph } from './stage-helpers.ts';

test.use({ viewport: { width: 390, height: 844 } });
test.describe.configure({ timeout: 180_000 });

async function openStage(page: Page): Promise<void> {
  await page.goto(PAGE);
  const toggle = page.getByRole('button', { name: 'Map and timeline' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await mapReady(page);
}

test('opened, the stage holds the map and the timeline strip on screen, above the paragraph being read', async ({ page }) => {
  await openStage(page);
  const viewport = page.viewportSize()!;
  const panel = (await page.locator('[data-stage]').boundingBox())!;
  expect(panel.height).toBeLessThanOrEqual(viewport.height * 0.62);
  for (const id of await paragraphIds(page)) {
    const line = await readParagraph(page, id);
    const map = (await page.locator('.stage-map .map-box').boundingBox())!;
    const strip = (await page.locator('.stage-timeline .tl-frame-h').boundingBox())!;
    expect(inside(map, viewport), `${id}: map ${JSON.stringify(map)}`).toBe(true);
    expect(inside(strip, viewport), `${id}: timeline ${JSON.stringify(strip)}`).toBe(true);
    const paragraph = (await page.locator(`#${id}`).boundingBox())!;
    expect(paragraph.y <= line && paragraph.y + paragraph.height >= line, `${id} is read below the stage`).toBe(true);
    expect(line).toBeGreaterThan(strip.y + strip.height);
  }
  const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('opened, the stage follows every paragraph within a second', async ({ page }) => {
  await openStage(page);
  await watchFocus(page);
  for (const id of await paragraphIds(page)) {
    expect(await followLatency(page, id), `the stage follows ${id} within a second`).toBeLessThan(1_000);
    await expect(page.locator('sitrep-map')).toHaveAttribute('data-moving', 'false');
    const mapNow = (await page.locator('.stage-map .map-box').boundingBox())!;
    await expect
      .poll(async () => (await focusPlacesOnScreen(page)).filter((p) => !contains(mapNow, p)).map((p) => p.id), { message: `${id}: places outside the map`, timeout: 5_000 })
      .toEqual([]);
  }
});

test('a tap on a place in the text opens one card, the map’s, beside its place', async ({ page }) => {
  await page.goto(PAGE);
  const mention = page.locator('#article-text a.mention[data-ref-kind="place"][data-ref-id="al-omar"]').first();
  await mention.scrollIntoViewIfNeeded();
  await mention.tap();
  await expect(page.getByRole('button', { name: 'Map and timeline' })).toHaveAttribute('aria-expanded', 'true');
  await mapReady(page);
  const card = page.locator('.map-card');
  await expect(card.locator('h3')).toHaveText('al-Omar Field');
  await expect(page.locator('#mention-card')).toBeHidden();
  await expect
    .poll(async () => {
      const box = await card.boundingBox();
      const centre = await markerCentre(page, 'al-omar');
      return box && centre ? contains(box, centre) : 'no marker';
    })
    .toBe(false);
});

test('the skip link to the map opens the stage and moves into the map', async ({ page }) => {
  await page.goto(PAGE);
  const skip = page.getByRole('link', { name: 'Skip to the map' });
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Map and timeline' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#stage-map')).toBeFocused();
  await expect(page.locator('.stage-map .map-box')).toBeInViewport();
});
