/**
 * The reading stage on a wide screen (1440 × 900): the map and the timeline strip stay wholly in view
 * while each paragraph is read, the stage follows the paragraph (its editor's step when it has one) and can
 * be paused, cards open beside their place, skip links reach the figures, and the page prints article first.
 */
import { expect, test } from '@playwright/test';
import { contains, focusPlacesOnScreen, followLatency, watchFocus, inside, mapReady, markerCentre, PAGE, paragraphIds, readParagraph } from './stage-helpers.ts';

test.use({ viewport: { width: 1440, height: 900 } });
// The machine these run on is shared and busy: generous limits for whole walks through the article.
test.describe.configure({ timeout: 180_000 });

const selection = (page: import('@playwright/test').Page) => page.evaluate(() => window.sitrepSelection?.get());

test('both figures stay wholly in view, beside the text, while each paragraph is read', async ({ page }) => {
  await page.goto(PAGE);
  const viewport = page.viewportSize()!;
  for (const id of await paragraphIds(page)) {
    const line = await readParagraph(page, id);
    const paragraph = (await page.locator(`#${id}`).boundingBox())!;
    expect(paragraph.y <= line && paragraph.y + paragraph.height >= line, `${id} stands at the reading line`).toBe(true);
    const map = (await page.locator('.stage-map .map-box').boundingBox())!;
    const strip = (await page.locator('.stage-timeline .tl-frame-h').boundingBox())!;
    expect(inside(map, viewport), `${id}: map ${JSON.stringify(map)}`).toBe(true);
    expect(inside(strip, viewport), `${id}: timeline ${JSON.stringify(strip)}`).toBe(true);
    expect(strip.height, 'the timeline is a strip').toBeGreaterThanOrEqual(100);
    // Beside the text, not over it.
    expect(map.x).toBeGreaterThanOrEqual(paragraph.x + paragraph.width);
  }
  // No scrolling inside the stage.
  const nested = await page.locator('[data-stage]').evaluate((el) => [el, ...el.querySelectorAll('*')].filter((n) => n.scrollHeight > n.clientHeight + 1 && ['auto', 'scroll'].includes(getComputedStyle(n).overflowY)).map((n) => n.className));
  expect(nested).toEqual([]);
});

test('the stage follows every paragraph within a second, and the map frames what it speaks of', async ({ page }) => {
  await page.goto(PAGE);
  await page.locator('#p-1').scrollIntoViewIfNeeded();
  await mapReady(page);
  const map = (await page.locator('.stage-map .map-box').boundingBox())!;
  await watchFocus(page);
  for (const id of await paragraphIds(page)) {
    expect(await followLatency(page, id), `the stage follows ${id} within a second`).toBeLessThan(1_000);
    await expect(page.locator(`#${id}`)).toHaveClass(/is-current/);
    await expect(page.locator('[data-cue-text]')).toContainText(`¶ ${id.slice(2)}`);
    // Once the map is still, every place the paragraph brings forward is on it.
    await expect(page.locator('sitrep-map')).toHaveAttribute('data-moving', 'false');
    await expect
      .poll(async () => (await focusPlacesOnScreen(page)).filter((p) => !contains(map, p)).map((p) => p.id), { message: `${id}: places outside the map`, timeout: 5_000 })
      .toEqual([]);
  }
});

test("an editor's step decides what the stage shows: the three axes for the paragraph on them", async ({ page }) => {
  await page.goto(PAGE);
  await page.locator('#p-1').scrollIntoViewIfNeeded();
  await mapReady(page);
  await readParagraph(page, 'p-6');
  await expect.poll(async () => (await selection(page))?.focus?.step?.layers).toEqual(['axes']);
  const focus = (await selection(page))!.focus!;
  expect(focus.refs).toEqual(expect.arrayContaining([{ kind: 'axis', id: 'axis-euphrates' }, { kind: 'axis', id: 'axis-tanf' }, { kind: 'axis', id: 'axis-hasakah' }]));
  await expect(page.locator('.leaflet-marker-icon[data-place="al-tanf"]')).toHaveClass(/is-in-focus/);
  // What the step leaves out dims.
  await expect(page.locator('.leaflet-marker-icon[data-place="dimas-camp"]')).toHaveCSS('opacity', '0.35');
  await expect(page.locator('[data-cue-text]')).toContainText('editors’ view');
});

test('the reader can pause the stage, and resume it', async ({ page }) => {
  await page.goto(PAGE);
  await readParagraph(page, 'p-2');
  await expect.poll(async () => (await selection(page))?.focus?.paragraph).toBe('p-2');
  const pause = page.getByRole('button', { name: 'Pause' });
  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-cue-text]')).toContainText('Paused');
  await readParagraph(page, 'p-7');
  await page.waitForTimeout(500);
  expect((await selection(page))?.focus?.paragraph).toBe('p-2');
  await pause.click();
  await expect.poll(async () => (await selection(page))?.focus?.paragraph).toBe('p-7');
});

test("a card opens beside its place, never over it, and the markers around stay reachable", async ({ page }) => {
  await page.goto(PAGE);
  await page.locator('#p-1').scrollIntoViewIfNeeded();
  await mapReady(page);
  const pause = page.getByRole('button', { name: 'Pause' });
  await pause.click();
  const ids = await page.locator('.leaflet-marker-icon[data-place]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['place']!));
  expect(ids.length).toBeGreaterThan(10);
  for (const id of ids) {
    await page.evaluate((place) => window.sitrepSelection!.set({ selected: { kind: 'place', id: place } }, 'article'), id);
    const card = page.locator('.map-card');
    await expect(card).toHaveAttribute('data-place', id);
    await expect(page.locator('sitrep-map')).toHaveAttribute('data-moving', 'false');
    await expect
      .poll(async () => {
        const box = await card.boundingBox();
        const centre = await markerCentre(page, id);
        return box && centre ? contains(box, centre) : 'no marker';
      }, { message: `the card of ${id} covers its marker` })
      .toBe(false);
  }
  // With a card open, a click on another marker opens that one.
  await page.evaluate(() => window.sitrepSelection!.set({ selected: { kind: 'place', id: 'al-omar' } }, 'article'));
  await expect(page.locator('.map-card h3')).toHaveText('al-Omar Field');
  await page.locator('.leaflet-marker-icon[data-place="al-tanf"] .map-pin svg').click();
  await expect(page.locator('.map-card h3')).toHaveText('al-Tanf base');
});

test('skip links reach the map and the timeline from the top of the page', async ({ page }) => {
  await page.goto(PAGE);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Skip to content');
  // Right after it, the skip links to the figures.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Skip to the map');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.getElementById('stage-map')!.contains(document.activeElement))).toBe(true);

  await page.goto(PAGE);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Skip to the timeline');
  await page.keyboard.press('Enter');
  // Tab reaches a mark of the timeline (after its few controls).
  let onMark = false;
  for (let i = 0; i < 8 && !onMark; i++) {
    await page.keyboard.press('Tab');
    onMark = await page.evaluate(() => document.getElementById('stage-timeline')!.contains(document.activeElement) && document.activeElement!.closest('.tl-mark') !== null);
  }
  expect(onMark).toBe(true);
});

test('a source mark opens its popover where it stands: the page does not jump', async ({ page }) => {
  await page.goto(PAGE);
  const mark = page.getByRole('button', { name: 'Source: official statement; confidence: confirmed' }).first();
  await mark.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  await mark.click();
  const pop = page.locator('.provenance-pop:popover-open');
  await expect(pop).toBeVisible();
  await expect(pop).toContainText('Pentagon statements on the attacks and the U.S. strikes');
  await expect(pop).toContainText('Confidence in the data: confirmed');
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(2);
  const markBox = (await mark.boundingBox())!;
  const popBox = (await pop.boundingBox())!;
  expect(Math.abs(popBox.y - (markBox.y + markBox.height))).toBeLessThan(40);
  await page.keyboard.press('Escape');
  await expect(pop).toBeHidden();
});

test('the hover card of a name never covers the line it stands in', async ({ page }) => {
  await page.goto(PAGE);
  for (const id of ['p-2', 'p-6', 'p-12']) {
    await readParagraph(page, id);
    const mention = page.locator(`#${id} a.mention`).first();
    await mention.hover();
    const card = page.locator('#mention-card');
    await expect(card).toBeVisible();
    const line = (await mention.boundingBox())!;
    const box = (await card.boundingBox())!;
    expect(box.y >= line.y + line.height || box.y + box.height <= line.y, `${id}: the card covers the line`).toBe(true);
    await page.mouse.move(0, 0);
    await expect(card).toBeHidden();
  }
});

test("the reader's annotations switch is remembered", async ({ page }) => {
  await page.goto(PAGE);
  const toggle = page.getByRole('button', { name: 'Annotations' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const mention = page.locator('#p-2 a.mention').first();
  await expect(mention).toHaveCSS('text-decoration-line', 'underline');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(mention).toHaveCSS('text-decoration-line', 'none');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Annotations' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('#p-2 a.mention').first()).toHaveCSS('text-decoration-line', 'none');
});

test('the article reads first: key figures in one row, the article starts on the first screen', async ({ page }) => {
  await page.goto(PAGE);
  const row = page.locator('.tally-row li');
  await expect(row).toHaveCount(3);
  const ys = await row.evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().y)));
  expect(new Set(ys).size).toBe(1);
  const first = (await page.locator('#p-1').boundingBox())!;
  expect(first.y).toBeLessThan(page.viewportSize()!.height);
  // Reference sections are folded; a link into one opens it.
  await expect(page.locator('details.ref-section[open]')).toHaveCount(0);
});

test('printed, the article comes first, then the figures, tables open, in 16 A4 pages or fewer', async ({ page }) => {
  await page.goto(PAGE);
  await page.emulateMedia({ media: 'print' });
  const order = await page.evaluate(() => {
    const y = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().top + window.scrollY;
    return { title: y('h1'), article: y('#p-1'), lastParagraph: y('#article-text p[id^="p-"]:last-of-type'), map: y('.stage-map'), timeline: y('.stage-timeline') };
  });
  expect(order.title).toBeLessThan(order.article);
  expect(order.lastParagraph).toBeLessThan(order.map);
  expect(order.map).toBeLessThan(order.timeline);
  await expect(page.locator('.tl-table table')).toBeVisible();
  // The first page holds the title and the article's start (A4 at 96 dpi, 1123 px high, less the margins).
  expect(order.article).toBeLessThan(900);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(3);
  expect(pages).toBeLessThanOrEqual(16);
});
