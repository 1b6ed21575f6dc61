/**
 * The entity pages as a reader uses them (docs/registry.md): one page per place, actor, source and event across
 * reports, linked both ways: report -> entity page -> the report's paragraph that mentions it. Desktop width;
 * registry.phone.spec.ts reads them on a phone.
 */
import { expect, test, type Page } from '@playwright/test';

// Measured: 5–25 s per test with eight suites loading two cores; the limit leaves room.
test.describe.configure({ timeout: 120_000 });

const SEED = '/reports/iran-militias-syria-2023/';

/** The paragraph a mention link leads to holds the words the excerpt marks. */
async function followMention(page: Page, link: ReturnType<Page['locator']>): Promise<void> {
  const marked = (await link.locator('xpath=..').locator('mark').textContent())!.trim();
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/reports\/[a-z0-9-]+\/#p-\d+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
  const paragraph = page.locator(`[id="${href.split('#')[1]}"]`);
  await expect(paragraph).toBeVisible();
  await expect(paragraph).toContainText(marked);
}

test('a place page: name, aliases, kind, coordinates with precision, a map with the place, events and mentions', async ({ page }) => {
  await page.goto('/places/al-tanf/');
  await expect(page.locator('h1')).toHaveText('al-Tanf base');
  await expect(page.locator('.entity-kind')).toHaveText(/Place · coalition base/);
  await expect(page.locator('.entity-aliases')).toContainText('al-Tanf garrison');
  await expect(page.locator('[data-field="coordinates"]')).toHaveText('33.5058, 38.6178');
  await expect(page.locator('.entity-facts')).toContainText('exact point');
  await expect(page.locator('.entity-origin')).toContainText('Declared once for the whole site');
  // The small map draws the place, and its neighbour Tower 22, without JavaScript.
  const map = page.locator('.entity-map svg');
  await expect(map).toBeVisible();
  await expect(map.locator('[data-place="al-tanf"]')).toHaveCount(1);
  await expect(map.locator('[data-place="tower-22"]')).toHaveCount(1);
  // Its events across reports, on a small timeline and as a list of links.
  await expect(page.locator('.entity-timeline svg').first()).toBeAttached();
  await expect(page.locator('.entity-events a[href="/events/attacks-syria-oct17-nov09/"]')).toBeVisible();
  // Every report that speaks of it: the seed and the Tower 22 report.
  const reports = page.locator('.em-report h3 a');
  await expect(reports).toHaveText(['Iranian-backed militias escalate attacks on coalition bases in north-eastern Syria', 'A drone attack on Tower 22 kills three U.S. soldiers in north-eastern Jordan']);
});

test('a mention on a place page leads to the paragraph of the report that holds it', async ({ page }) => {
  await page.goto('/places/al-bukamal/');
  const links = page.locator('.em-para');
  expect(await links.count()).toBeGreaterThanOrEqual(4);
  await followMention(page, links.last());
});

test('a report links to the entity pages of what it names, and back', async ({ page }) => {
  await page.goto(SEED);
  // The reference entry of a place names it with a link to its page.
  const entry = page.locator('#ref-place-al-tanf .ref-name a');
  await expect(entry).toHaveAttribute('href', '/places/al-tanf/');
  await page.goto('/places/al-tanf/');
  const back = page.locator(`.em-report:has(h3 a[href="${SEED}"]) .em-para`).first();
  await followMention(page, back);
});

test('an actor page lists its affiliations as links, and its events across reports', async ({ page }) => {
  await page.goto('/actors/irgc-quds-force/');
  await expect(page.locator('h1')).toHaveText('Quds Force');
  const affiliation = page.locator('.entity-affiliations a');
  await expect(affiliation).toHaveAttribute('href', '/actors/irgc/');
  await expect(page.locator('.entity-affiliations li')).toHaveText(/part of Islamic Revolutionary Guard Corps/);
  await expect(page.locator('.entity-events li')).not.toHaveCount(0);
  await affiliation.click();
  await expect(page.locator('h1')).toHaveText('Islamic Revolutionary Guard Corps');
});

test('a source page links to the source and lists the places it locates', async ({ page }) => {
  await page.goto('/sources/wikipedia-al-tanf/');
  const link = page.locator('a.entity-url');
  await expect(link).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Al-Tanf_(U.S._military_base)');
  await expect(link).toHaveAttribute('rel', /noopener/);
  await expect(page.locator('section[aria-labelledby="located-title"] a')).toHaveAttribute('href', '/places/al-tanf/');
});

test('an event told by two reports shows both accounts, each quote linked to its paragraph', async ({ page }) => {
  await page.goto('/events/tower-22-drone-attack/');
  await expect(page.locator('h1')).toHaveText('Drone attack on Tower 22 kills three U.S. soldiers');
  await expect(page.locator('.event-account')).toHaveCount(2);
  await expect(page.locator('.entity-facts a[href="/places/tower-22/"]')).toBeVisible();
  await expect(page.locator('.entity-facts a[href="/actors/us-forces/"]')).toBeVisible();
  const account = page.locator('.event-account').first();
  const quote = (await account.locator('blockquote').textContent())!.trim();
  await account.locator('figcaption a').click();
  await expect(page).toHaveURL(/\/reports\/tower-22-drone-attack-2024\/#p-\d+$/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toContainText(quote);
});

test("an old id's page sends the reader to the new one, with a link and rel=canonical", async ({ page, request }) => {
  const html = await (await request.get('/places/abu-kamal/')).text();
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/places/al-bukamal/">');
  expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/places\/al-bukamal\/">/);
  expect(html).toContain('href="/places/al-bukamal/"');
  await page.goto('/places/abu-kamal/');
  await expect(page).toHaveURL(/\/places\/al-bukamal\/$/);
  await expect(page.locator('h1')).toHaveText('al-Bukamal');
});

test("a report's events page lists every event, each row linked to the event's page", async ({ page }) => {
  await page.goto('/reports/us-strikes-iraq-syria-2024-02/events/');
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(page.locator('#tl-event-kataib-hezbollah-commander-killed th a')).toHaveAttribute('href', '/events/kataib-hezbollah-commander-killed/');
  await expect(page.locator('.re-back a')).toHaveAttribute('href', '/reports/us-strikes-iraq-syria-2024-02/');
});

test("the map card's title links to the place's page", async ({ page }) => {
  await page.goto(SEED);
  await page.locator('sitrep-map').scrollIntoViewIfNeeded();
  await expect(page.locator('sitrep-map')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await page.locator('.leaflet-marker-icon[data-place="al-tanf"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.map-card h3 a')).toHaveAttribute('href', '/places/al-tanf/');
});

test('no draft reaches an entity page', async ({ request }) => {
  // Drafts are left out of the build (src/lib/view/drafts.ts); no entity page quotes one.
  const home = await (await request.get('/places/al-tanf/')).text();
  expect(home).not.toMatch(/data-draft|Replace me/);
});
