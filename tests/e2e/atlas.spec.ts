/** `/atlas/`: every report on one map and one timeline, the filter in the URL, links, axe, and no foreign request. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { AtlasData } from '../../src/lib/view/atlas.ts';

const PAGE = '/atlas/';

// Measured: 10–40 s per test with two suites loading two cores; 120 s leaves room.
test.describe.configure({ timeout: 120_000 });

async function atlasData(request: APIRequestContext): Promise<AtlasData> {
  const response = await request.get(`${PAGE}data.json`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as AtlasData;
}

/** Two reports' events, each told by one report only, to tell a filter's effect. */
function twoReports(data: AtlasData) {
  const single = data.events.filter((e) => e.reports.length === 1);
  const slugs = [...new Set(single.map((e) => e.reports[0]!))];
  const [chosen, other] = slugs;
  if (!chosen || !other) throw new Error('the site needs two reports with events of their own');
  return { chosen, kept: single.find((e) => e.reports[0] === chosen)!, hidden: single.find((e) => e.reports[0] === other)! };
}

/** Opens the atlas, records requests and errors, and waits for the interactive map and the filter. */
async function openAtlas(page: Page, path = PAGE) {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(path);
  await expect(page.locator('[data-atlas]')).toHaveAttribute('data-ready', 'applied');
  await page.locator('sitrep-map').scrollIntoViewIfNeeded();
  await expect(page.locator('sitrep-map')).toHaveAttribute('data-state', 'ready');
  return { requests, errors };
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`loads at ${viewport.width}×${viewport.height} with every event and place, from the site only`, async ({ page, request }) => {
    await page.setViewportSize(viewport);
    const data = await atlasData(request);
    const { requests, errors } = await openAtlas(page);
    await expect(page.locator('h1')).toHaveText('Atlas');
    const places = JSON.parse((await page.locator('[data-atlas]').getAttribute('data-places')) ?? '[]') as string[];
    await expect(page.locator('.leaflet-marker-icon[data-place]')).toHaveCount(places.length);
    const frame = viewport.width > 640 ? '.tl-frame-h' : '.tl-frame-v';
    await expect(page.locator(`${frame} .tl-mark[data-event]`)).toHaveCount(data.events.length);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    const foreign = requests.filter((u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('a place’s marker sits where its coordinates project', async ({ page, request }) => {
  const geo = (await (await request.get(`${PAGE}places.geojson`)).json()) as { features: { id: string; geometry: { type: string; coordinates: number[] }; properties: { precision: string; kind: string; events: string[] } }[] };
  // The place with the most events among the exact points (read from the site's data).
  const place = geo.features
    .filter((f) => f.geometry.type === 'Point' && f.properties.precision === 'exact' && f.properties.kind !== 'region')
    .sort((a, b) => b.properties.events.length - a.properties.events.length)[0]!;
  const id = place.id.replace(/^place:/, '');
  const [lon, lat] = place.geometry.coordinates as [number, number];
  await openAtlas(page);
  const marker = page.locator(`.leaflet-marker-icon[data-place="${id}"]`);
  await expect(marker).toBeVisible();
  const box = (await marker.boundingBox())!;
  const projected = await page.locator('sitrep-map').evaluate((host: HTMLElement & { projectToPage?: (lat: number, lon: number) => { x: number; y: number } }, [la, lo]) => host.projectToPage?.(la!, lo!), [lat, lon]);
  expect(projected).toBeDefined();
  expect(Math.abs(box.x + box.width / 2 - projected!.x)).toBeLessThanOrEqual(2);
  expect(Math.abs(box.y + box.height / 2 - projected!.y)).toBeLessThanOrEqual(2);
});

test('choosing a report hides the other reports’ events and places, and the URL keeps the choice', async ({ page, request }) => {
  const data = await atlasData(request);
  const { chosen, kept, hidden } = twoReports(data);
  await openAtlas(page);
  const mark = (id: string) => page.locator(`.tl-frame-h .tl-mark[data-event="${id}"]`);
  await expect(mark(hidden.id)).toBeVisible();
  await page.getByLabel('Report', { exact: true }).selectOption(chosen);
  await expect(page).toHaveURL(new RegExp(`\\?report=${chosen}$`));
  await expect(mark(hidden.id)).toBeHidden();
  await expect(mark(kept.id)).toBeVisible();
  const count = data.events.filter((e) => e.reports.includes(chosen)).length;
  await expect(page.locator('[data-atlas-count]')).toHaveText(`Events shown: ${count} of ${data.events.length}`);
  // A place only the other report's events happened at leaves the map.
  const keptPlaces = new Set(data.events.filter((e) => e.reports.includes(chosen)).flatMap((e) => e.places));
  const gone = hidden.places.find((p) => !keptPlaces.has(p));
  if (gone) await expect(page.locator(`.leaflet-marker-icon[data-place="${gone}"]`)).toBeHidden();
  for (const p of kept.places) await expect(page.locator(`.leaflet-marker-icon[data-place="${p}"]`)).toBeVisible();
  // Clearing shows everything again and empties the query string.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(mark(hidden.id)).toBeVisible();
  await expect(page).toHaveURL(/\/atlas\/$/);
});

test('a filter in the URL is applied on load, and keyboard alone can change it', async ({ page, request }) => {
  const data = await atlasData(request);
  const { chosen, kept, hidden } = twoReports(data);
  const day = kept.start;
  await openAtlas(page, `${PAGE}?report=${chosen}&from=${day}&to=${day}`);
  await expect(page.getByLabel('Report', { exact: true })).toHaveValue(chosen);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(day);
  await expect(page.locator(`.tl-frame-h .tl-mark[data-event="${hidden.id}"]`)).toBeHidden();
  await expect(page.locator(`.tl-frame-h .tl-mark[data-event="${kept.id}"]`)).toBeVisible();
  const count = data.events.filter((e) => e.reports.includes(chosen) && e.start <= day && e.end >= day).length;
  await expect(page.locator('[data-atlas-count]')).toHaveText(`Events shown: ${count} of ${data.events.length}`);
  // Keyboard: focus the report's select and choose "Any" (the first option).
  await page.getByLabel('Report', { exact: true }).focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(new RegExp(`\\?from=${day}&to=${day}$`));
});

test('choosing an event on the timeline lights it on the map and links to its page and its report', async ({ page, request }) => {
  const data = await atlasData(request);
  const { kept } = twoReports(data);
  await openAtlas(page);
  await page.locator('sitrep-timeline').scrollIntoViewIfNeeded();
  await expect(page.locator('sitrep-timeline')).toHaveAttribute('data-ready', 'true');
  // The brush's overlay takes the pointer over the chart: choose as a keyboard reader does.
  await page.locator(`.tl-frame-h .tl-mark[data-event="${kept.id}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#event=${kept.id}$`));
  for (const p of kept.places) await expect(page.locator(`.leaflet-marker-icon[data-place="${p}"]`)).toHaveClass(/is-(highlighted|selected|linked)/);
  const chosen = page.locator('[data-atlas-chosen]');
  await expect(chosen.getByRole('link', { name: kept.title })).toHaveAttribute('href', `/events/${kept.id}/`);
  const reportLink = chosen.getByRole('link').nth(1);
  const href = (await reportLink.getAttribute('href'))!;
  expect(href).toMatch(new RegExp(`/reports/${kept.reports[0]}/$`));
  expect((await request.get(href)).ok()).toBe(true);
});

test('its links to the reports and the entity pages resolve', async ({ page, request }) => {
  await page.goto(PAGE);
  const hrefs = await page.locator('.atlas-reports a, .atlas-list a, .atlas-downloads a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.some((h) => /\/reports\/[^/]+\/$/.test(h))).toBe(true);
  expect(hrefs.some((h) => /\/places\/[^/]+\/$/.test(h))).toBe(true);
  expect(hrefs.some((h) => /\/actors\/[^/]+\/$/.test(h))).toBe(true);
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  const csv = await (await request.get(`${PAGE}events.csv`)).text();
  expect(csv.split('\n')[0]).toMatch(/^event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,/);
});

test('without JavaScript it shows every event and place, and says the filters need JavaScript', async ({ browser, request }) => {
  const data = await atlasData(request);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${PAGE}?report=${twoReports(data).chosen}`);
  await expect(page.locator('.atlas-noscript')).toBeVisible();
  await expect(page.locator('.tl-frame-h .tl-mark[data-event]')).toHaveCount(data.events.length);
  await expect(page.locator('svg.map-static')).toBeVisible();
  await context.close();
});

test('is axe clean, filtered and with an event chosen', async ({ page, request }) => {
  const data = await atlasData(request);
  const { chosen } = twoReports(data);
  await openAtlas(page, `${PAGE}?report=${chosen}`);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
