/**
 * The map following the text (scrollytelling) through the selection store's `focus`: the map's own moves never
 * count as the reader's, so it follows one paragraph after another at once; the reader's own drag pauses it.
 */
import { expect, test, type Page } from '@playwright/test';

const PAGE = '/reports/iran-militias-syria-2023/';

// Measured: 20–40 s per test with eight test suites loading two cores; 90 s leaves room.
test.describe.configure({ timeout: 90_000 });
test.use({ viewport: { width: 1440, height: 900 } });

type Host = HTMLElement & { projectToPage?: (lat: number, lon: number) => { x: number; y: number } };

async function ready(page: Page) {
  await page.goto(PAGE);
  await page.locator('sitrep-map').scrollIntoViewIfNeeded();
  await expect(page.locator('sitrep-map')).toHaveAttribute('data-state', 'ready');
  await still(page);
}

/** Waits until the map has stopped moving for a moment. */
async function still(page: Page) {
  const map = page.locator('sitrep-map');
  await expect(async () => {
    await expect(map).toHaveAttribute('data-moving', 'false');
    await page.waitForTimeout(400);
    await expect(map).toHaveAttribute('data-moving', 'false');
  }).toPass({ timeout: 20_000 });
}

/** How far a place is from the middle of the live map, in pixels. */
async function offCentre(page: Page, lat: number, lon: number): Promise<number> {
  return page.locator('sitrep-map').evaluate((host: Host, [la, lo]) => {
    const p = host.projectToPage!(la!, lo!);
    const r = host.querySelector('.map-live')!.getBoundingClientRect();
    return Math.hypot(p.x - (r.left + r.width / 2), p.y - (r.top + r.height / 2));
  }, [lat, lon]);
}

async function focusOn(page: Page, paragraph: string, place: string, zoom?: number) {
  await page.evaluate(([p, id, z]) => window.sitrepSelection?.set({ focus: { paragraph: p as string, refs: [{ kind: 'place', id: id as string }], ...(z ? { zoom: Number(z) } : {}) } }, 'scroll'), [paragraph, place, zoom ?? 0] as const);
}

const TANF = [33.5058, 38.6178] as const;
const QAMISHLI = [37.05, 41.22] as const;

test('the map follows one paragraph after another: its own animated moves never pause it', async ({ page }) => {
  await ready(page);
  await focusOn(page, 'test-a', 'al-tanf');
  await still(page);
  expect(await offCentre(page, ...TANF)).toBeLessThan(40);
  await focusOn(page, 'test-b', 'qamishli');
  await still(page);
  expect(await offCentre(page, ...QAMISHLI)).toBeLessThan(40);
});

test('a focus may name the zoom the map shows', async ({ page }) => {
  await ready(page);
  await focusOn(page, 'test-z', 'al-tanf', 9);
  await still(page);
  await expect(page.locator('sitrep-map')).toHaveAttribute('data-zoom', '9');
  expect(await offCentre(page, ...TANF)).toBeLessThan(40);
});

test('after the reader drags the map, it stops following the text for a while, and says so', async ({ page }) => {
  await ready(page);
  const heard = page.locator('sitrep-map').evaluate((host) => new Promise<boolean>((resolve) => host.addEventListener('sitrep-map-usermove', () => resolve(true), { once: true })));
  const box = (await page.locator('.map-live').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height / 2 - 40, { steps: 8 });
  await page.mouse.up();
  expect(await heard).toBe(true);
  await still(page);
  const before = await offCentre(page, ...QAMISHLI);
  await focusOn(page, 'test-c', 'qamishli');
  await page.waitForTimeout(1_000);
  await still(page);
  expect(await offCentre(page, ...QAMISHLI)).toBeCloseTo(before, 0);
});
