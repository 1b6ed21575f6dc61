/** The timeline on a phone (Pixel 7 in the `phone` project, with touch): pinch to zoom, one finger still scrolls. */
import { expect, test, type Page } from '@playwright/test';

const PAGE = '/reports/iran-militias-syria-2023/';
// Measured: 13–32 s per test with eight helpers' builds and suites running (load average 45 on two cores),
// 3–8 s on a quiet machine. The limit leaves room above the loaded figure.
test.describe.configure({ timeout: 90_000 });

async function openTimeline(page: Page) {
  await page.goto(PAGE);
  await page.getByRole('button', { name: 'Map and timeline' }).click();
  await page.locator('.tl-frame-v').scrollIntoViewIfNeeded();
  await expect(page.locator('sitrep-timeline[data-ready="true"]')).toHaveCount(1);
}

/** Two fingers, from `from` apart to `to` apart along the time axis, around (x, y): Chromium's own touch input. */
async function pinch(page: Page, x: number, y: number, from: number, to: number) {
  const cdp = await page.context().newCDPSession(page);
  const points = (d: number) => [
    { x, y: y - d / 2, id: 0 },
    { x, y: y + d / 2, id: 1 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
  for (let k = 1; k <= 6; k++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(from + ((to - from) * k) / 6) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('a pinch on the vertical timeline zooms it, and the labels stay inside the picture', async ({ page }) => {
  await openTimeline(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const a = page.locator('.tl-frame-v [data-event="us-strikes-2023-10-26"] circle.tl-shape');
  const b = page.locator('.tl-frame-v [data-event="us-strikes-2023-11-09"] circle.tl-shape');
  const gap = async () => Number(await b.getAttribute('cy')) - Number(await a.getAttribute('cy'));
  const before = await gap();
  const box = (await a.boundingBox())!;
  await pinch(page, box.x + 120, box.y + 40, 60, 200);
  await expect.poll(gap).toBeGreaterThan(before * 1.5);
  await expect(page.locator('.tl-status')).toContainText('Showing');
  const outside = await page.evaluate(() => {
    const svg = document.querySelector('.tl-frame-v svg')!;
    const frame = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text')]
      .filter((t) => getComputedStyle(t).visibility !== 'hidden' && t.getBoundingClientRect().height > 0)
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5 || r.left < frame.left - 0.5 || r.right > frame.right + 0.5;
      })
      .map((t) => t.textContent);
  });
  expect(outside).toEqual([]);
});
