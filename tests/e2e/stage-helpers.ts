/** Shared steps of the reading-stage tests (desktop and phone): reading a paragraph, where things are on screen. */
import { expect, type Page } from '@playwright/test';

export const PAGE = '/reports/iran-militias-syria-2023/';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The paragraphs of the seed's article, in order. */
export async function paragraphIds(page: Page): Promise<string[]> {
  return page.locator('#article-text p[id^="p-"]').evaluateAll((ps) => ps.map((p) => p.id));
}

/**
 * Scrolls so that the paragraph stands at the reading line: 40% down a wide screen; on a phone with the
 * stage open, 30% down the text left below it. Returns the reading line's y.
 */
export async function readParagraph(page: Page, id: string): Promise<number> {
  return (await page.evaluate(scrollToReadingLine, { id, track: false })).line;
}

/** In the page: scrolls paragraph `id` to the reading line; with `track`, notes the time first (see followLatency). */
function scrollToReadingLine({ id, track }: { id: string; track: boolean }): { line: number; at: number } {
  const at = performance.now();
  if (track) {
    const w = window as unknown as { __focusAt: Record<string, number> };
    if (window.sitrepSelection?.get().focus?.paragraph === id) w.__focusAt[id] = at;
    else delete w.__focusAt[id];
  }
  const el = document.getElementById(id)!;
  const panel = document.querySelector<HTMLElement>('[data-stage]')!;
  const wide = window.matchMedia('(min-width: 64rem)').matches;
  // On a phone the stage sticks to the top once the page has scrolled past what comes before it.
  const top = wide ? 0 : panel.offsetHeight;
  const line = top + (window.innerHeight - top) * (wide ? 0.4 : 0.3);
  const before = panel.parentElement!.querySelector('.reading-tools')!;
  const stuckFrom = wide ? 0 : before.getBoundingClientRect().bottom + window.scrollY;
  window.scrollTo(0, Math.max(stuckFrom, window.scrollY + el.getBoundingClientRect().top - line + 12));
  return { line, at };
}

/** Starts noting, in the page, when the stage's focus first moves to each paragraph (page clock). */
export async function watchFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __focusAt: Record<string, number> };
    w.__focusAt = {};
    const note = () => {
      const p = window.sitrepSelection?.get().focus?.paragraph;
      if (p) w.__focusAt[p] ??= performance.now();
    };
    window.sitrepSelection!.subscribe((_s, change) => change.keys.includes('focus') && note());
  });
}

/**
 * Reads a paragraph and returns how long the stage took to follow it, in milliseconds of the page's own
 * clock (from the scroll to the focus moving there; 0 when it was there already), once it has followed.
 */
export async function followLatency(page: Page, id: string): Promise<number> {
  const { at: started } = await page.evaluate(scrollToReadingLine, { id, track: true });
  const focusedAt = () => page.evaluate((pid) => (window as unknown as { __focusAt: Record<string, number> }).__focusAt[pid] ?? null, id);
  await expect.poll(focusedAt, { message: `the stage follows ${id}`, timeout: 20_000 }).not.toBeNull();
  return Math.max(0, (await focusedAt())! - started);
}

/** Waits until the map is live and still. */
export async function mapReady(page: Page): Promise<void> {
  await expect(page.locator('sitrep-map')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  await expect(page.locator('sitrep-map')).toHaveAttribute('data-moving', 'false', { timeout: 10_000 });
}

export function inside(inner: Box, outer: { width: number; height: number }, slack = 1): boolean {
  return inner.x >= -slack && inner.y >= -slack && inner.x + inner.width <= outer.width + slack && inner.y + inner.height <= outer.height + slack;
}

export function contains(box: Box, point: { x: number; y: number }): boolean {
  return point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
}

/** Page coordinates of each place the current focus brings forward, from the live map's own projection. */
export async function focusPlacesOnScreen(page: Page): Promise<{ id: string; x: number; y: number }[]> {
  return page.evaluate(() => {
    const host = document.querySelector('sitrep-map') as HTMLElement & { projectToPage?: (lat: number, lon: number) => { x: number; y: number } };
    const model = JSON.parse(host.dataset['model'] ?? '{}') as { places: { id: string; lat: number; lon: number }[]; eventPlaces: Record<string, string[]>; axes: { id: string; arrows: { from: string; to: string }[]; unDrawn: { from: string; to: string }[] }[] };
    const focus = window.sitrepSelection?.get().focus;
    if (!focus || !host.projectToPage) return [];
    const ids = new Set<string>();
    for (const ref of focus.refs) {
      if (ref.kind === 'place') ids.add(ref.id);
      if (ref.kind === 'event') for (const id of model.eventPlaces[ref.id] ?? []) ids.add(id);
      if (ref.kind === 'axis') for (const a of model.axes.filter((x) => x.id === ref.id)) for (const r of [...a.arrows, ...a.unDrawn]) [r.from, r.to].forEach((id) => ids.add(id));
    }
    return model.places.filter((p) => ids.has(p.id)).map((p) => ({ id: p.id, ...host.projectToPage!(p.lat, p.lon) }));
  });
}

/** The centre of a place's marker on the live map, in page coordinates. */
export async function markerCentre(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  // A place's pin; an area has none, and is seen by its name.
  const marker = page.locator(`.leaflet-marker-icon[data-place="${id}"]`);
  const box = (await marker.locator('.map-pin svg').count()) > 0 ? await marker.locator('.map-pin svg').boundingBox() : await marker.locator('.map-area-name').boundingBox();
  return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
}
