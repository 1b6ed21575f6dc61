import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checkReportSource } from '../../src/lib/check/check-report.ts';
import { reportContext } from '../../src/integrations/site-config.ts';

const URL = '/reports/iran-militias-syria-2023/';
// Measured: 13–32 s per test with eight helpers' builds and suites running (load average 45 on two cores),
// 3–8 s on a quiet machine. The limit leaves room above the loaded figure.
test.describe.configure({ timeout: 90_000 });
const SEED = 'content/reports/iran-militias-syria-2023.mdx';
const seedEvents = checkReportSource(SEED, readFileSync(SEED, 'utf8'), reportContext()).report?.events.length ?? 0;

/** Opens the report, brings the timeline into view and waits for its script. */
async function openTimeline(page: Page) {
  await page.goto(URL);
  // On narrow screens the map-and-timeline panel is a bar the reader opens first.
  const toggle = page.locator('[data-panel-toggle]');
  if (await toggle.isVisible()) await toggle.click();
  // There the stage shows a strip of the timeline; the vertical timeline is its "Full timeline" view.
  const full = page.locator('[data-stage-timeline-full]');
  if (await full.isVisible()) await full.click();
  await page.locator('sitrep-timeline').scrollIntoViewIfNeeded();
  await expect(page.locator('sitrep-timeline[data-ready="true"]')).toHaveCount(1);
}

/** Holds back the timeline element's script (its lazy chunk) until the returned function is called. */
function holdTimelineScript(page: Page): () => void {
  let release: () => void = () => undefined;
  const held = new Promise<void>((done) => (release = done));
  void page.route(/\/_astro\/element\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

const focusedEvent = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['event'] ?? null);

test.describe('timeline', () => {
  let errors: string[];
  test.beforeEach(({ page }) => {
    errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
  });
  test.afterEach(() => {
    expect(errors, 'console errors').toEqual([]);
  });

  test('the seed key dates appear as marks with their accessible names', async ({ page }) => {
    await openTimeline(page);
    const chart = page.locator('.tl-frame-h');
    await expect(chart.getByRole('button', { name: '26 October 2023: U.S. airstrikes against Iranian militias in Deir ez-Zor' })).toBeVisible();
    await expect(chart.getByRole('button', { name: '9 November 2023: U.S. strike on IRGC sites in Deir ez-Zor' })).toBeVisible();
    await expect(chart.getByRole('button', { name: /^12 November 2023: U\.S\. precision strikes on the IRGC/ })).toBeVisible();
    // The marks sit in date order from left to right.
    const xs = [];
    for (const id of ['us-strikes-2023-10-26', 'us-strikes-2023-11-09', 'us-strikes-2023-11-12']) {
      xs.push((await chart.locator(`[data-event="${id}"] circle`).boundingBox())!.x);
    }
    expect(xs[0]!).toBeLessThan(xs[1]!);
    expect(xs[1]!).toBeLessThan(xs[2]!);
  });

  test('arrow keys move between events in date order; Enter selects, Escape clears', async ({ page }) => {
    await openTimeline(page);
    const chart = page.locator('.tl-frame-h');
    await chart.locator('[data-event="us-strikes-2023-11-09"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusedEvent(page)).toBe('us-strikes-2023-11-12');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedEvent(page)).toBe('al-bukamal-meeting');
    // Roving tabindex: only the focused mark is in the tab order.
    await expect(chart.locator('.tl-mark[tabindex="0"]')).toHaveCount(1);
    await expect(chart.locator('[data-event="al-bukamal-meeting"]')).toHaveAttribute('tabindex', '0');
    await page.keyboard.press('Enter');
    await expect(chart.locator('[data-event="al-bukamal-meeting"]')).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => window.sitrepSelection?.get().selected)).toEqual({ kind: 'event', id: 'al-bukamal-meeting' });
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.sitrepSelection?.get().selected)).toBeNull();
  });

  test('hovering a mark shows its tooltip', async ({ page }) => {
    await openTimeline(page);
    await page.locator('.tl-frame-h [data-event="us-strikes-2023-10-26"] circle.tl-shape').hover();
    const tooltip = page.locator('.tl-tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('U.S. airstrikes against Iranian militias in Deir ez-Zor');
    await expect(tooltip).toContainText('26 October 2023');
  });

  test('brushing with the mouse publishes a date range, and "Clear range" clears it', async ({ page }) => {
    await openTimeline(page);
    const svg = page.locator('.tl-frame-h svg');
    const box = (await svg.boundingBox())!;
    const [r0, r1] = ((await svg.getAttribute('data-range')) ?? '').split(' ').map(Number) as [number, number];
    const k = box.width / Number(await svg.getAttribute('width'));
    // Days from 7 October (day 0) to 20 November (day 44): 45 days over [r0, r1].
    const dayMid = (n: number) => box.x + (r0 + ((n + 0.5) * (r1 - r0)) / 45) * k;
    const y = box.y + 40 * k;
    await page.mouse.move(dayMid(13), y); // 20 October
    await page.mouse.down();
    await page.mouse.move(dayMid(18), y, { steps: 4 });
    await page.mouse.move(dayMid(23), y, { steps: 4 }); // 30 October
    await page.mouse.up();
    expect(await page.evaluate(() => window.sitrepSelection?.get().range)).toEqual({ start: '2023-10-20', end: '2023-10-30' });
    // Events outside the range are dimmed; the 26 October strike is not.
    await expect(page.locator('.tl-frame-h [data-event="us-strikes-2023-11-12"]')).toHaveClass(/is-dimmed/);
    await expect(page.locator('.tl-frame-h [data-event="us-strikes-2023-10-26"]')).not.toHaveClass(/is-dimmed/);
    await page.getByRole('button', { name: 'Clear range' }).click();
    expect(await page.evaluate(() => window.sitrepSelection?.get().range)).toBeNull();
    await expect(page.locator('.tl-frame-h [data-event="us-strikes-2023-11-12"]')).not.toHaveClass(/is-dimmed/);
  });

  test('zoom buttons rescale the marks', async ({ page }) => {
    await openTimeline(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const a = page.locator('.tl-frame-h [data-event="us-strikes-2023-10-26"] circle.tl-shape');
    const b = page.locator('.tl-frame-h [data-event="us-strikes-2023-11-09"] circle.tl-shape');
    const gap = async () => Number(await b.getAttribute('cx')) - Number(await a.getAttribute('cx'));
    const before = await gap();
    await page.getByRole('button', { name: 'Zoom the timeline in' }).click();
    await expect.poll(gap).toBeGreaterThan(before * 1.5);
    await page.getByRole('button', { name: 'Whole period' }).click();
    await expect.poll(gap).toBeCloseTo(before, 0);
  });

  test('a place selected elsewhere highlights the events at that place', async ({ page }) => {
    await openTimeline(page);
    await page.evaluate(() => window.sitrepSelection?.set({ selected: { kind: 'place', id: 'al-bukamal' } }, 'map'));
    await expect(page.locator('.tl-frame-h [data-event="us-strikes-2023-11-12"]')).toHaveClass(/is-linked/);
    await expect(page.locator('.tl-frame-h [data-event="al-bukamal-meeting"]')).toHaveClass(/is-linked/);
    await expect(page.locator('.tl-frame-h [data-event="us-strikes-2023-10-26"]')).not.toHaveClass(/is-linked/);
  });

  test('Shift + arrow keys brush a range from the keyboard', async ({ page }) => {
    await openTimeline(page);
    await page.locator('.tl-frame-h [data-event="us-strikes-2023-10-26"]').focus();
    await page.keyboard.press('Shift+ArrowRight');
    expect(await focusedEvent(page)).toBe('iri-claims');
    expect(await page.evaluate(() => window.sitrepSelection?.get().range)).toEqual({ start: '2023-10-26', end: '2023-11-20' });
    await expect(page.getByRole('button', { name: 'Clear range' })).toBeEnabled();
  });

  test('axe finds no accessibility violations in the enhanced timeline', async ({ page }) => {
    // axe walks the whole page's DOM for context; on a loaded two-core machine that took over 30 s.
    test.slow();
    await openTimeline(page);
    const results = await new AxeBuilder({ page }).include('.report-timeline').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  test('enhancing the timeline does not move the chart or what follows it (no layout shift)', async ({ page }) => {
    // Offsets from the top of the timeline section (the stage is sticky, so page offsets move with scrolling),
    // before the element's script arrives (held back) and after it has run.
    const top = (p: Page) =>
      p.evaluate(() => {
        const section = document.querySelector('.report-timeline')!.getBoundingClientRect().top;
        return ['.tl-frame-h svg', '.tl-legend', '.tl-table'].map((sel) => document.querySelector(sel)!.getBoundingClientRect().top - section);
      });
    const release = holdTimelineScript(page);
    await page.goto(URL);
    await expect(page.locator('.tl-frame-h svg')).toBeVisible();
    const before = await top(page);
    release();
    await expect(page.locator('sitrep-timeline[data-ready="true"]')).toHaveCount(1);
    expect(await top(page)).toEqual(before);
  });

  test('phone width shows the vertical timeline without a horizontal scrollbar', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openTimeline(page);
    await expect(page.locator('.tl-frame-v svg')).toBeVisible();
    await expect(page.locator('.tl-frame-h svg')).toBeHidden();
    const v = page.locator('.tl-frame-v');
    await expect(v.getByRole('button', { name: '26 October 2023: U.S. airstrikes against Iranian militias in Deir ez-Zor' })).toBeVisible();
    const y26 = (await v.locator('[data-event="us-strikes-2023-10-26"] circle.tl-shape').boundingBox())!.y;
    const y12 = (await v.locator('[data-event="us-strikes-2023-11-12"] circle.tl-shape').boundingBox())!.y;
    expect(y12).toBeGreaterThan(y26);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, clientWidth: document.scrollingElement!.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const svgBox = (await page.locator('.tl-frame-v svg').boundingBox())!;
    expect(svgBox.x + svgBox.width).toBeLessThanOrEqual(390);
    // Brushing along the date axis picks a range on the vertical layout too.
    const svg = page.locator('.tl-frame-v svg');
    const [r0, r1] = ((await svg.getAttribute('data-range')) ?? '').split(' ').map(Number) as [number, number];
    // Where the chart is now (the stage's sheet may have scrolled to show it).
    await svg.scrollIntoViewIfNeeded();
    const now = (await svg.boundingBox())!;
    const k = now.width / Number(await svg.getAttribute('width'));
    const dayMid = (n: number) => now.y + (r0 + ((n + 0.5) * (r1 - r0)) / 45) * k;
    const x = now.x + 20 * k;
    await page.mouse.move(x, dayMid(13));
    await page.mouse.down();
    await page.mouse.move(x, dayMid(18), { steps: 4 });
    await page.mouse.move(x, dayMid(23), { steps: 4 });
    await page.mouse.up();
    expect(await page.evaluate(() => window.sitrepSelection?.get().range)).toEqual({ start: '2023-10-20', end: '2023-10-30' });
  });
});

test('without JavaScript the page holds the SVG timeline and the events table', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(URL);
  const svg = page.locator('.tl-frame-h svg.tl-svg');
  await expect(svg).toBeVisible();
  await expect(svg.locator('[data-event="us-strikes-2023-10-26"]')).toHaveAttribute('aria-label', '26 October 2023: U.S. airstrikes against Iranian militias in Deir ez-Zor');
  expect(seedEvents).toBeGreaterThan(10);
  await expect(svg.locator('.tl-mark')).toHaveCount(seedEvents);
  await expect(page.locator('.tl-controls')).toBeHidden();
  await expect(page.locator('.tl-help')).toBeHidden();
  await page.locator('.tl-table summary').click();
  await expect(page.locator('.tl-table tr[data-event="us-strikes-2023-11-12"] td').first()).toHaveText('12 November 2023');
  await context.close();
});

/** Every `<text>` of each shown timeline SVG: outside its picture, ending with an ellipsis, or overlapping another text. */
function textProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg.tl-svg')) {
      if (svg.getClientRects().length === 0) continue;
      const frame = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')].filter((t) => getComputedStyle(t).visibility !== 'hidden' && t.getBoundingClientRect().width > 0);
      const boxes = texts.map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
      for (const { text, box } of boxes) {
        if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5) problems.push(`outside: ${text}`);
        if (/(…|\.\.\.)\s*$/.test(text)) problems.push(`shortened: ${text}`);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.box;
          const b = boxes[j]!.box;
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) problems.push(`overlap: ${boxes[i]!.text} | ${boxes[j]!.text}`);
        }
      }
    }
    return problems;
  });
}

for (const [width, height, orientation] of [
  [1440, 900, 'h'],
  [390, 844, 'v'],
] as const) {
  test(`at ${width} px every text of the timeline lies inside its picture, whole and clear of the others`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openTimeline(page);
    await expect(page.locator(`.tl-frame-${orientation} svg`)).toBeVisible();
    expect(await page.locator(`.tl-frame-${orientation} svg text`).count()).toBeGreaterThan(10);
    expect(await textProblems(page)).toEqual([]);
    // Still true after zooming in and back out.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // With the + key on a mark: a phone's stage hides the zoom buttons (pinch and the keys zoom there).
    await page.locator(`.tl-frame-${orientation} .tl-mark`).first().focus();
    await page.keyboard.press('+');
    expect(await textProblems(page)).toEqual([]);
    await page.keyboard.press('-');
    expect(await textProblems(page)).toEqual([]);
  });
}

test('Tab reaches a timeline mark before the script has run, and the mark keeps focus once it runs', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // The timeline is on screen from the start (the stage is sticky): hold its script back until a mark has focus.
  const release = holdTimelineScript(page);
  await page.goto(URL);
  await expect(page.locator('sitrep-timeline')).not.toHaveAttribute('data-ready');
  // Start from the timeline's heading, as a skip link to the figure would.
  await page.evaluate(() => {
    const heading = document.querySelector<HTMLElement>('#timeline-title')!;
    heading.tabIndex = -1;
    heading.focus();
  });
  let reached = false;
  for (let i = 0; i < 8 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.classList.contains('tl-mark') ?? false);
  }
  expect(reached).toBe(true);
  const id = await focusedEvent(page);
  expect(id).not.toBeNull();
  release();
  await expect(page.locator('sitrep-timeline[data-ready="true"]')).toHaveCount(1);
  expect(await focusedEvent(page)).toBe(id);
  await expect(page.locator(`.tl-frame-h [data-event="${id}"]`)).toHaveAttribute('role', 'button');
  await page.keyboard.press('ArrowRight');
  expect(await focusedEvent(page)).not.toBe(id);
});

test('without JavaScript, Tab reaches a timeline mark too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(URL);
  expect(await page.locator('.tl-frame-h .tl-mark[tabindex="0"]').count()).toBe(1);
  await page.evaluate(() => {
    const heading = document.querySelector<HTMLElement>('#timeline-title')!;
    heading.tabIndex = -1;
    heading.focus();
  });
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^The week of .*|^[A-Z0-9].*: /);
  expect(await page.evaluate(() => document.activeElement?.classList.contains('tl-mark'))).toBe(true);
  await context.close();
});

test('Ctrl + wheel (and a trackpad pinch, which sends it) zooms around the pointer; a plain wheel scrolls the page', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openTimeline(page);
  const a = page.locator('.tl-frame-h [data-event="us-strikes-2023-10-26"] circle.tl-shape');
  const b = page.locator('.tl-frame-h [data-event="us-strikes-2023-11-09"] circle.tl-shape');
  const gap = async () => Number(await b.getAttribute('cx')) - Number(await a.getAttribute('cx'));
  const before = await gap();
  const box = (await page.locator('.tl-frame-h svg').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 60);
  const scroller = () => page.evaluate(() => [window.scrollY, document.querySelector('.report-panel')?.scrollTop ?? 0].join(','));
  const scrolledBefore = await scroller();
  await page.mouse.wheel(0, 200);
  await expect.poll(scroller).not.toBe(scrolledBefore);
  expect(await gap()).toBeCloseTo(before, 1);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(gap).toBeGreaterThan(before * 1.3);
  await expect(page.locator('.tl-status')).toContainText('Showing');
});

test('the legend explains marks, ranges, brackets, the publication date and the lanes', async ({ page }) => {
  await page.goto(URL);
  const legend = page.locator('.tl-legend');
  await expect(legend).toContainText('Known day');
  await expect(legend).toContainText('Known only roughly');
  await expect(legend).toContainText('A count over its period');
  await expect(legend).toContainText('Publication date');
  await expect(legend).toContainText('Attacks by U.S. forces');
  await expect(legend).toContainText('Attacks by Iranian-backed militias');
});
