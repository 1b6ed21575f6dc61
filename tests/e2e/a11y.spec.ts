/**
 * axe-core on every page of the built site (discovered from dist/, so new page types are covered as they
 * land), at desktop and phone width, with JavaScript on, after the page has settled.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { htmlPages, urlPath } from '../helpers/site.ts';
import { catalogues } from '../../src/lib/i18n/catalogue.ts';
import { samplePages } from '../helpers/registry-pages.ts';

/** The skip link's text in every interface language. */
const SKIP_LINKS = Object.values(catalogues).map((c) => String(c['site.skipToContent']));

// Every page, with a sample of the many entity pages (tests/helpers/registry-pages.ts).
const pages = samplePages(htmlPages('dist'));
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

for (const file of pages) {
  for (const size of WIDTHS) {
    test(`${urlPath(file)} at ${size.name} width: no axe violation`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(urlPath(file));
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      const readable = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n')}`,
      );
      expect(readable, readable.join('\n\n')).toEqual([]);
    });
  }
}

/**
 * A keyboard-only reader can reach every control: Tab walks each page with every stop visible, named and
 * showing a focus ring, and the first stop is the skip link, which moves to the content.
 */
for (const file of pages) {
  test(`${urlPath(file)}: Tab reaches every control, each visible, named and showing focus`, async ({ page }) => {
    await page.goto(urlPath(file));
    await page.waitForLoadState('networkidle');
    const problems: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const path = (node: Element): string => (node.parentElement ? `${path(node.parentElement)}>${node.tagName.toLowerCase()}:nth-child(${[...node.parentElement.children].indexOf(node) + 1})` : node.tagName.toLowerCase());
        (window as unknown as { __stop: HTMLElement }).__stop = el;
        const rect = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        // The accessible name, roughly as browsers compute it: aria-labelledby, aria-label, <label>s, alt,
        // title, text content, labelled descendants, a button's value.
        const byIds = (ids: string | null) => (ids ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
        const labels = 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent ?? '').join(' ') : '';
        const name = [
          byIds(el.getAttribute('aria-labelledby')),
          el.getAttribute('aria-label'),
          labels,
          el.getAttribute('alt'),
          el.getAttribute('title'),
          el.textContent,
          [...el.querySelectorAll('[aria-label],img[alt],svg title')].map((n) => n.getAttribute('aria-label') ?? n.getAttribute('alt') ?? n.textContent).join(' '),
          el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type) ? el.value : '',
        ].map((n) => (n ?? '').trim()).find((n) => n.length > 0) ?? '';
        return {
          key: path(el),
          label: `<${el.tagName.toLowerCase()}> ${name.slice(0, 40)}`,
          visible: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
          named: name.length > 0,
          ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
          rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
        };
      });
      if (stop && !stop.ring && stop.visible) {
        // No outline or shadow: focus may be shown another way (an SVG stroke, a colour). It is visible
        // when the element looks different focused and not focused.
        const clip = { x: Math.max(0, stop.rect.x - 4), y: Math.max(0, stop.rect.y - 4), width: stop.rect.width + 8, height: stop.rect.height + 8 };
        const focused = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
        await page.evaluate(() => (window as unknown as { __stop: HTMLElement }).__stop.blur());
        const blurred = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
        await page.evaluate(() => (window as unknown as { __stop: HTMLElement }).__stop.focus({ preventScroll: true }));
        stop.ring = !focused.equals(blurred);
      }
      if (!stop || seen.has(stop.key)) break;
      seen.add(stop.key);
      if (i === 0 && !SKIP_LINKS.some((text) => stop.label.includes(text))) problems.push(`first stop is ${stop.label}, not the skip link`);
      if (!stop.visible) problems.push(`${stop.label}: not visible when focused`);
      if (!stop.named) problems.push(`${stop.label}: no accessible name`);
      if (!stop.ring) problems.push(`${stop.label}: no visible focus ring`);
    }
    expect(seen.size).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });
}

test('the skip link moves keyboard focus past the header to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement) ?? false);
  expect(inMain).toBe(true);
});
