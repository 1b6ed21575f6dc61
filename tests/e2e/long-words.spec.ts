/**
 * A long unbroken word from content (a URL, a hash) never widens the page (issue 14). The report page is
 * loaded, and 200-character words are written into what content fills: the headline, the dek, a paragraph,
 * a caption and a reference entry; the page must still fit the viewport at desktop and phone widths.
 */
import { expect, test } from '@playwright/test';

const PAGE = '/reports/iran-militias-syria-2023/';
/** Synthetic: a hash-like word and a URL with no break opportunity, 200+ characters each. */
const HASH = 'a3f9'.repeat(50);
const URL_WORD = `https://example.org/${'path-segment_'.repeat(16)}end`;

test.describe.configure({ timeout: 120_000 });

for (const [width, height] of [[1440, 900], [390, 844]] as const) {
  test(`long unbroken words do not widen the page at ${width}x${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(PAGE);
    const filled = await page.evaluate(([hash, url]) => {
      const targets = ['h1', '.dek, header p', '#article-text p', 'figcaption, caption', '[id^="ref-place-"], [id^="ref-source-"]'];
      let count = 0;
      for (const selector of targets) {
        const el = document.querySelector(selector);
        if (!el) continue;
        el.append(document.createTextNode(` ${count % 2 ? url : hash} `));
        count += 1;
      }
      return count;
    }, [HASH, URL_WORD]);
    expect(filled).toBeGreaterThanOrEqual(4);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `/tmp/checker/long-words-${width}.png`, fullPage: false });
  });
}
