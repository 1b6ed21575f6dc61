import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { reportContext } from '../../src/integrations/site-config.ts';
import { loadReport } from '../../src/lib/report/load.ts';

const PAGE = '/reports/iran-militias-syria-2023/';

// Measured: 15–36 s per test with eight test suites loading two cores (load average 30); 90 s leaves room.
test.describe.configure({ timeout: 90_000 });
const SEED = 'content/reports/iran-militias-syria-2023.mdx';
// Read with the site's registry: the seed uses shared places by id (docs/registry.md).
const data = loadReport(SEED, readFileSync(SEED, 'utf8'), reportContext()).data!;
const placesWithCoordinates = data.places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));

/** Opens the page, records requests and console errors, and waits for the interactive map. */
async function openMap(page: Page) {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(PAGE);
  await page.locator('sitrep-map').scrollIntoViewIfNeeded();
  await expect(page.locator('sitrep-map')).toHaveAttribute('data-state', 'ready');
  await settle(page);
  return { requests, errors };
}

/** Waits until the map has stopped moving (scrolling it into view may make it follow the paragraph being read). */
async function settle(page: Page) {
  const map = page.locator('sitrep-map');
  await expect(async () => {
    await expect(map).toHaveAttribute('data-moving', 'false');
    await page.waitForTimeout(350);
    await expect(map).toHaveAttribute('data-moving', 'false');
  }).toPass({ timeout: 10_000 });
}

test('the static SVG map is in the HTML without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const svg = page.locator('svg.map-static');
  await expect(svg).toBeVisible();
  await expect(svg.locator('[data-place]')).toHaveCount(placesWithCoordinates.length);
  await expect(svg.locator('[data-place="al-tanf"] title')).toHaveText('al-Tanf base, coalition base');
  await expect(svg.locator('.map-axis')).not.toHaveCount(0);
  await expect(svg.locator('.map-river')).toHaveCount(1);
  await expect(svg).toContainText('Made with Natural Earth');
  await expect(page.locator('#report-map-caption')).toContainText('al-Tanf base');
  await expect(page.locator('.leaflet-container')).toHaveCount(0);
  await context.close();
});

test('the interactive map draws one marker per place, from the shipped basemap only', async ({ page }) => {
  const { requests, errors } = await openMap(page);
  await expect(page.locator('.leaflet-marker-icon[data-place]')).toHaveCount(placesWithCoordinates.length);
  await expect(page.locator('svg.map-static')).toBeHidden();
  await expect(page.locator('.leaflet-control-scale')).toBeVisible();
  await expect(page.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
  expect(requests.some((u) => u.endsWith('/basemap.json'))).toBe(true);
  const foreign = requests.filter((u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith('data:'));
  expect(foreign).toEqual([]);
  expect(requests.filter((u) => /\.png(\?|$)/.test(u))).toEqual([]);
  expect(errors).toEqual([]);
});

test('al-Tanf\'s marker sits where its coordinates project, south-west of Qamishli', async ({ page }) => {
  await openMap(page);
  const centre = async (id: string) => {
    const box = await page.locator(`.leaflet-marker-icon[data-place="${id}"] svg`).boundingBox();
    if (!box) throw new Error(`no marker for ${id}`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const projected = await page.locator('sitrep-map').evaluate((host: HTMLElement & { projectToPage?: (lat: number, lon: number) => { x: number; y: number } }) => host.projectToPage?.(33.5058, 38.6178));
  const tanf = await centre('al-tanf');
  expect(projected).toBeDefined();
  expect(Math.abs(tanf.x - projected!.x)).toBeLessThanOrEqual(2);
  expect(Math.abs(tanf.y - projected!.y)).toBeLessThanOrEqual(2);
  const qamishli = await centre('qamishli');
  expect(tanf.x).toBeLessThan(qamishli.x);
  expect(tanf.y).toBeGreaterThan(qamishli.y);
});

test('a city and the areas around it stay apart and reachable: the city a symbol, each area its name', async ({ page }) => {
  await openMap(page);
  const city = await page.locator('.leaflet-marker-icon[data-place="deir-ez-zor"] svg').boundingBox();
  const areas = await Promise.all(['deir-ez-zor-province', 'deir-ez-zor-countryside'].map((id) => page.locator(`.leaflet-marker-icon[data-place="${id}"] .map-area-name`).boundingBox()));
  const boxes = [city!, ...areas.map((b) => b!)];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart).toBe(true);
    }
  }
  await page.locator('.leaflet-marker-icon[data-place="deir-ez-zor-province"] .map-area-name').click();
  await expect(page.locator('.map-card h3')).toHaveText('Deir ez-Zor governorate');
});

test('a marker\'s card opens with Tab and Enter and closes with Escape', async ({ page }) => {
  await openMap(page);
  const first = page.locator('.leaflet-marker-icon[data-place]').first();
  await first.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const focused = page.locator('.leaflet-marker-icon[data-place]:focus');
  await expect(focused).toHaveCount(1);
  const name = (await focused.getAttribute('aria-label')) ?? '';
  const placeName = name.split(', ')[0] ?? '';
  expect(placeName.length).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  const card = page.locator('.map-card');
  await expect(card).toBeVisible();
  await expect(card.locator('h3')).toHaveText(placeName);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(focused).toHaveCount(1);
  await expect(page.locator(`.leaflet-marker-icon[aria-label="${name}"]`)).toBeFocused();
});

test('Tab walks the markers north to south, each named with its kind', async ({ page }) => {
  await openMap(page);
  await page.locator('.leaflet-marker-icon[data-place]').first().focus();
  const visited: { id: string | null; label: string | null }[] = [];
  for (let i = 0; i < placesWithCoordinates.length; i++) {
    visited.push(await page.evaluate(() => ({ id: document.activeElement?.getAttribute('data-place') ?? null, label: document.activeElement?.getAttribute('aria-label') ?? null })));
    await page.keyboard.press('Tab');
  }
  expect(new Set(visited.map((v) => v.id))).toEqual(new Set(placesWithCoordinates.map((p) => p.id)));
  const lats = visited.map((v) => placesWithCoordinates.find((p) => p.id === v.id)?.lat ?? NaN);
  expect(lats).toEqual([...lats].sort((a, b) => b - a));
  for (const v of visited) {
    const place = placesWithCoordinates.find((p) => p.id === v.id);
    expect(v.label).toMatch(new RegExp(`^${place?.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `));
  }
  expect(visited.find((v) => v.id === 'al-tanf')?.label).toBe('al-Tanf base, coalition base');
});

test('a click opens the card with what happened there and its sources', async ({ page }) => {
  await openMap(page);
  await page.locator('.leaflet-marker-icon[data-place="al-omar"] svg').hover();
  expect(await page.evaluate(() => window.sitrepSelection?.get().hovered)).toEqual({ kind: 'place', id: 'al-omar' });
  await page.locator('.leaflet-marker-icon[data-place="al-omar"] svg').click();
  expect(await page.evaluate(() => window.sitrepSelection?.get().selected)).toEqual({ kind: 'place', id: 'al-omar' });
  const card = page.locator('.map-card');
  await expect(card.locator('h3')).toHaveText('al-Omar Field');
  await expect(card).toContainText('coalition base');
  await expect(card).toContainText('Attacks on U.S. and coalition forces in Syria');
  await expect(card).toContainText('22 in all, over 6 places');
  // Its source, and the place's own page on the site.
  await expect(card.getByRole('link', { name: /Wikipedia/ })).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Al-Omar_field');
  await expect(card.getByRole('link', { name: 'al-Omar Field', exact: true })).toHaveAttribute('href', '/places/al-omar/');
  await card.getByRole('button', { name: /Close/ }).click();
  await expect(card).toBeHidden();
});

test('the legend toggles a layer, and a selection from elsewhere highlights an event\'s places', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Legend' }).click(); // the legend is an overlay on the stage
  await page.getByRole('checkbox', { name: /coalition base/ }).uncheck();
  await expect(page.locator('.leaflet-marker-icon[data-place="al-tanf"]')).toHaveCount(0);
  await page.getByRole('checkbox', { name: /coalition base/ }).check();
  await expect(page.locator('.leaflet-marker-icon[data-place="al-tanf"]')).toHaveCount(1);
  const order = await page.locator('.leaflet-marker-icon[data-place]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')));
  const lats = order.map((id) => placesWithCoordinates.find((p) => p.id === id)?.lat ?? NaN);
  expect(lats).toEqual([...lats].sort((a, b) => b - a));
  expect(order).toHaveLength(placesWithCoordinates.length);
  await page.evaluate(() => window.sitrepSelection?.set({ selected: { kind: 'event', id: 'us-strikes-2023-11-12' } }, 'timeline'));
  await expect(page.locator('.leaflet-marker-icon.is-highlighted')).toHaveCount(2);
  await expect(page.locator('.leaflet-marker-icon.is-highlighted[data-place="al-mayadin"]')).toHaveCount(1);
  await page.evaluate(() => window.sitrepSelection?.set({ range: { start: '2023-11-12', end: '2023-11-12' } }, 'timeline'));
  await expect(page.locator('.leaflet-marker-icon.is-dimmed[data-place="al-tanf"]')).toHaveCount(1);
  await expect(page.locator('.leaflet-marker-icon.is-dimmed[data-place="al-bukamal"]')).toHaveCount(0);
});

test('the live map takes the static map\'s place without shifting the page', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const before = await (async () => {
    await page.goto(PAGE);
    return page.locator('.map-box').boundingBox();
  })();
  await page.locator('sitrep-map').scrollIntoViewIfNeeded();
  await expect(page.locator('sitrep-map')).toHaveAttribute('data-state', 'ready');
  await page.waitForTimeout(300);
  const after = await page.locator('.map-box').boundingBox();
  expect(Math.round(after!.height)).toBe(Math.round(before!.height));
  expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.01);
});

test('reduced motion turns off Leaflet\'s animations', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await openMap(page);
  await expect(page.locator('.leaflet-container')).not.toHaveClass(/leaflet-fade-anim/);
  await context.close();
  const normal = await browser.newContext({ reducedMotion: 'no-preference' });
  const other = await normal.newPage();
  await openMap(other);
  await expect(other.locator('.leaflet-container')).toHaveClass(/leaflet-fade-anim/);
  await normal.close();
});

test('the live map, with a card open, passes axe checks', async ({ page }) => {
  // Measured: axe alone took 55 s on the map with the machine at load average 40; opening the map took 35 s more.
  test.setTimeout(180_000);
  await openMap(page);
  await page.locator('.leaflet-marker-icon[data-place="al-tanf"] svg').click();
  const live = await new AxeBuilder({ page }).include('.report-map').analyze();
  expect(live.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the static map stays, and passes axe checks, when the live map cannot load', async ({ page }) => {
  test.setTimeout(180_000);
  await page.route('**/_astro/mount*', (route) => route.abort());
  await page.goto(PAGE);
  await expect(page.locator('sitrep-map')).toHaveAttribute('data-state', 'failed');
  await expect(page.locator('svg.map-static')).toBeVisible();
  const result = await new AxeBuilder({ page }).include('.report-map').analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
