/**
 * The map's labels as a reader sees them, at 1440 and 390 px: every piece of text lies wholly inside its
 * picture and is never shortened with an ellipsis, in the static map (no JavaScript, print) and in the live
 * one; and the two maps agree (the same places, each labelled with the same name).
 */
import { expect, test, type Browser, type Page } from '@playwright/test';

const PAGE = '/reports/iran-militias-syria-2023/';

// Measured: 15–36 s per test with eight test suites loading two cores (load average 30); 90 s leaves room.
test.describe.configure({ timeout: 90_000 });
const WIDTHS = [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

/** Shows the map: opens the phone panel when the page folds it away, and scrolls the map into view. */
async function showMap(page: Page) {
  const toggle = page.locator('[data-panel-toggle]');
  if (await toggle.isVisible()) {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }
  await page.locator('sitrep-map').scrollIntoViewIfNeeded();
}

async function open(browser: Browser, viewport: { width: number; height: number }, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ viewport, javaScriptEnabled, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(PAGE);
  return { context, page };
}

/** Texts that stick out of their picture, or end with an ellipsis. */
function outside(items: { text: string; x0: number; y0: number; x1: number; y1: number }[], frame: { x0: number; y0: number; x1: number; y1: number }): string[] {
  return items.flatMap((i) => {
    const problems: string[] = [];
    if (i.x0 < frame.x0 - 0.5 || i.y0 < frame.y0 - 0.5 || i.x1 > frame.x1 + 0.5 || i.y1 > frame.y1 + 0.5) problems.push(`"${i.text}" outside the map`);
    if (/(…|\.\.\.)$/.test(i.text.trim())) problems.push(`"${i.text}" ends with an ellipsis`);
    return problems;
  });
}

for (const { name, viewport } of WIDTHS) {
  test(`${name}: every text of the static map lies inside it, whole`, async ({ browser }) => {
    const { context, page } = await open(browser, viewport, false);
    await page.locator('svg.map-static').scrollIntoViewIfNeeded();
    const { frame, texts } = await page.locator('svg.map-static').evaluate((svg) => {
      const r = svg.getBoundingClientRect();
      return {
        frame: { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom },
        texts: [...svg.querySelectorAll('text')].map((t) => {
          const b = t.getBoundingClientRect();
          return { text: t.textContent ?? '', x0: b.left, y0: b.top, x1: b.right, y1: b.bottom };
        }),
      };
    });
    expect(texts.length).toBeGreaterThan(30);
    expect(outside(texts, frame)).toEqual([]);
    await context.close();
  });

  test(`${name}: every label of the live map lies inside it, whole, and names the same places as the static map`, async ({ browser }) => {
    const { context, page } = await open(browser, viewport, true);
    await showMap(page);
    await expect(page.locator('sitrep-map')).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('sitrep-map')).toHaveAttribute('data-moving', 'false');
    const { frame, labels } = await page.locator('.map-live').evaluate((live) => {
      const r = live.getBoundingClientRect();
      const shown = [...live.querySelectorAll<HTMLElement>('.map-pin-label, .map-area-name, .map-axis-tag, .map-ref')].filter((e) => !e.hidden && e.closest('[hidden]') === null && e.getClientRects().length > 0);
      return {
        frame: { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom },
        labels: shown.map((e) => {
          const b = e.getBoundingClientRect();
          return { text: e.textContent ?? '', x0: b.left, y0: b.top, x1: b.right, y1: b.bottom };
        }),
      };
    });
    expect(labels.length).toBeGreaterThan(25);
    expect(outside(labels, frame)).toEqual([]);

    // The static map (still in the page, under the live one) and the live map show the same places, named alike.
    const staticPlaces = await page.locator('svg.map-static [data-place]').evaluateAll((gs) =>
      gs
        .map((g) => {
          const text = g.querySelector('text');
          const tspans = [...(text?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent ?? '');
          return [g.getAttribute('data-place'), (tspans.length > 0 ? tspans.join(' ') : (text?.textContent ?? '')).replace(/\s+/g, ' ').trim()];
        })
        .sort(),
    );
    const livePlaces = await page.locator('.leaflet-marker-icon[data-place]').evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-place'), (e.querySelector<HTMLElement>('.map-pin-label, .map-area-name')?.textContent ?? '').replace(/\s+/g, ' ').trim()]).sort(),
    );
    expect(livePlaces).toEqual(staticPlaces);
    for (const [, text] of livePlaces) expect(text).not.toBe('');
    await context.close();
  });
}
