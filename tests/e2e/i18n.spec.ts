/**
 * The Arabic edition, read as a reader would at desktop width: pages in Arabic, right to left, with no interface
 * text left in English, mirrored layout, language versions linked both ways, names with attached prefixes
 * linked, and the page readable without JavaScript and in print. (Phone width: i18n.phone.spec.ts. axe and the CSP
 * on every page, Arabic ones included: a11y.spec.ts and security.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { budgets } from '../../scripts/lib/budgets.ts';
import { expect, test, type Page } from '@playwright/test';
import { en } from '../../src/lib/i18n/en/index.ts';
import { ar } from '../../src/lib/i18n/ar/index.ts';

// Measured: 5–35 s per test on the shared 2-core machine under load (load average ~40), most of it page loads.
test.describe.configure({ timeout: 120_000 });

const AR_REPORT = '/ar/reports/us-strikes-eastern-syria-2023/';
const EN_VERSION = '/reports/us-strikes-eastern-syria-2023-en/';
const AR_HOME = '/ar/';

/**
 * The English interface strings that must not appear on an Arabic page: each English message (every plural
 * form) as a pattern for a whole text node or attribute, placeholders matching anything. Messages the Arabic
 * catalogue keeps as they are (the product's name, a bare placeholder) and templates with too few letters of
 * their own to tell them from content ("{value} in {label}") are left out.
 */
function englishPatterns(): { key: string; pattern: RegExp }[] {
  const out: { key: string; pattern: RegExp }[] = [];
  for (const [key, message] of Object.entries(en)) {
    const theirs = ar[key as keyof typeof ar];
    for (const text of typeof message === 'string' ? [message] : Object.values(message)) {
      if (typeof text !== 'string' || JSON.stringify(theirs).includes(JSON.stringify(text).slice(1, -1))) continue;
      const literal = text.replace(/\{\w+\}/g, '');
      if ((literal.match(/\p{L}/gu) ?? []).length < 4) continue;
      const source = text
        .split(/\{\w+\}/)
        .map((part) => part.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
        .join('[\\s\\S]*');
      out.push({ key, pattern: new RegExp(`^${source}$`) });
    }
  }
  return out;
}

/** Every text node and every reader-facing attribute of the page, trimmed. */
async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template')) continue;
      texts.push(node.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-roledescription]')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription']) {
        const value = el.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    for (const meta of document.querySelectorAll('meta[name="description"], meta[property^="og:"]')) texts.push(meta.getAttribute('content') ?? '');
    return texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  });
}

async function englishOn(page: Page): Promise<string[]> {
  const patterns = englishPatterns();
  const texts = await pageTexts(page);
  return texts.flatMap((text) => patterns.filter((p) => p.pattern.test(text)).map((p) => `${p.key}: "${text}"`));
}

test.describe('Arabic pages', () => {
  for (const path of [AR_REPORT, AR_HOME]) {
    test(`${path} is Arabic and right to left`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    });

    test(`${path} shows no English interface text, also once a card is open`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('load');
      const mention = page.locator('#article-text a.mention').first();
      if ((await mention.count()) > 0) {
        await mention.hover();
        await expect(page.locator('#mention-card')).toBeVisible();
      }
      expect(await englishOn(page)).toEqual([]);
    });
  }

  test('the test recognises English interface text when it is there', async ({ page }) => {
    await page.goto('/reports/iran-militias-syria-2023/');
    const found = await englishOn(page);
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^site\.skipToContent: /), expect.stringMatching(/^meta\.heading: /)]));
  });

  for (const path of ['/', '/reports/iran-militias-syria-2023/', EN_VERSION]) {
    test(`${path} stays English and left to right`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    });
  }

  test('the Arabic home page lists the Arabic report, and the English one does not', async ({ page }) => {
    await page.goto(AR_HOME);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('التقارير');
    await expect(page.locator(`a[href="${AR_REPORT}"]`)).toHaveCount(1);
    await page.goto('/');
    await expect(page.locator(`a[href="${AR_REPORT}"]`)).toHaveCount(0);
    await expect(page.locator(`a[href="${EN_VERSION}"]`)).toHaveCount(1);
  });
});

test.describe('the Arabic edition around the reports', () => {
  test('each language has its own feeds', async ({ request }) => {
    const ar = await (await request.get('/ar/rss.xml')).text();
    expect(ar).toContain('<language>ar</language>');
    expect(ar).toContain(`${AR_REPORT}</link>`);
    expect(ar).not.toContain('/reports/iran-militias-syria-2023/');
    const en = await (await request.get('/rss.xml')).text();
    expect(en).not.toContain(AR_REPORT);
    expect(en).toContain(`${EN_VERSION}</link>`);
    const json = (await (await request.get('/ar/feed.json')).json()) as { language: string; items: { url: string }[] };
    expect(json.items.map((i) => new URL(i.url).pathname)).toEqual([AR_REPORT]);
    const atom = await (await request.get('/ar/atom.xml')).text();
    expect(atom).toContain(AR_REPORT);
  });

  test('search indexes each language apart, and the Arabic search page searches the Arabic index', async ({ page }) => {
    const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['ar', 'en']);
    expect(entry.languages['ar']!.page_count).toBeGreaterThan(0);
    await page.goto('/ar/search/?q=' + encodeURIComponent('البوكمال'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator(`a[href="${AR_REPORT}"]`).first()).toBeVisible({ timeout: 60_000 });
  });

  test('the header leads to the other edition, named in its own language', async ({ page }) => {
    await page.goto(AR_REPORT);
    const link = page.locator('.site-languages a');
    await expect(link).toHaveText('English');
    await expect(link).toHaveAttribute('lang', 'en');
    await link.click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('.site-languages a')).toHaveText('العربية');
  });
});

test.describe('the Arabic report page', () => {
  test('mirrors: the reading column on the right, the map and timeline on the left, the site name at the right edge', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(AR_REPORT);
    const text = (await page.locator('#article-text').boundingBox())!;
    const panel = (await page.locator('.report-panel').boundingBox())!;
    expect(text.x).toBeGreaterThan(panel.x + panel.width - 1);
    const name = (await page.locator('.site-name').boundingBox())!;
    expect(name.x + name.width).toBeGreaterThan(1440 - 80);
    const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('speaks Arabic in its header, figures and cards', async ({ page }) => {
    await page.goto(AR_REPORT);
    await expect(page.locator('.report-byline')).toContainText('بقلم');
    await expect(page.locator('.report-byline time')).toHaveText('1 ديسمبر 2026');
    await expect(page.locator('.skip-link')).toHaveText('انتقل إلى المحتوى');
    await expect(page.locator('#report-meta-title')).toHaveText('عن هذا التقرير');
    const mention = page.locator('#article-text a.mention[data-ref-id="irgc"]').first();
    await mention.hover();
    const card = page.locator('#mention-card');
    await expect(card).toBeVisible();
    await expect(card.locator('.card-name')).toContainText('الحرس الثوري الإيراني');
    await expect(card.locator('.card-name')).toHaveAttribute('dir', 'auto');
    await expect(card.locator('.card-label').first()).toHaveText('الأحداث');
    await expect(card.locator('.card-hint')).toHaveText(ar['cards.hint']);
    // The card opens under the mention, aligned with its right edge (where an Arabic line starts).
    const m = (await mention.boundingBox())!;
    const c = (await card.boundingBox())!;
    expect(Math.abs(c.x + c.width - (m.x + m.width))).toBeLessThan(10);
  });

  test('links names written with attached prefixes to their entries', async ({ page }) => {
    await page.goto(AR_REPORT);
    // «والبوكمال» (and al-Bukamal), «لفيلق القدس» (of the Quds Force): the prefix stays part of the linked word.
    await expect(page.locator('#article-text a.mention[data-ref-id="al-bukamal"]')).toHaveText(['والبوكمال']);
    await expect(page.locator('#article-text a.mention[data-ref-id="irgc-quds-force"]')).toHaveText(['لفيلق القدس']);
    await expect(page.locator('#article-text a.mention[data-ref-id="deir-ez-zor"]')).toHaveText(['مدينة دير الزور']);
  });

  test('isolates names in interface sentences, so Latin names keep their punctuation in Arabic lines', async ({ page }) => {
    await page.goto(AR_REPORT);
    await expect(page.locator('.report-byline bdi').first()).toHaveText('فريق تحرير Sitrep');
    await expect(page.locator('.report-byline bdi.report-publisher')).toHaveText('Sitrep');
  });

  test('links to its English version, and the English version back, with hreflang', async ({ page }) => {
    await page.goto(AR_REPORT);
    const alternate = page.locator('link[rel="alternate"][hreflang="en"]');
    await expect(alternate).toHaveAttribute('href', new RegExp(`${EN_VERSION}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="ar"]')).toHaveAttribute('href', new RegExp(`${AR_REPORT}$`));
    await page.locator('.report-translation a').click();
    await expect(page).toHaveURL(new RegExp(`${EN_VERSION}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="ar"]')).toHaveAttribute('href', new RegExp(`${AR_REPORT}$`));
    await expect(page.locator('.report-translation a')).toHaveText('Also in Arabic');
    await expect(page.locator('.report-translation a')).toHaveAttribute('hreflang', 'ar');
    // A report without a translation declares no alternates.
    await page.goto('/reports/iran-militias-syria-2023/');
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  });

  test('has no layout shift and no CSP violation while it loads and a card opens', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number; __csp: string[] };
      w.__shift = 0;
      w.__csp = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(AR_REPORT);
    await page.waitForLoadState('load');
    await page.locator('#article-text a.mention').first().hover();
    await page.waitForTimeout(500);
    const { shift, csp } = await page.evaluate(() => {
      const w = window as unknown as { __shift: number; __csp: string[] };
      return { shift: w.__shift, csp: w.__csp };
    });
    expect(shift).toBeLessThanOrEqual(budgets.cls.max); // budgets.json: 0 alone, under 0.01 with busy neighbours
    expect(csp).toEqual([]);
  });

  test('reads without JavaScript: the article, the static map and the tables, in Arabic', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(AR_REPORT);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('#article-text')).toContainText('أعلن وزير الدفاع الأمريكي');
    await expect(page.locator('.report-panel svg').first()).toBeVisible();
    // A mention is a plain link to its reference entry.
    await page.locator('#article-text a.mention[data-ref-id="al-bukamal"]').click();
    await expect(page).toHaveURL(/#ref-place-al-bukamal$/);
    expect(await englishOn(page)).toEqual([]);
    await context.close();
  });

  test('prints in Arabic: right to left, the article first, no site frame', async ({ page }) => {
    await page.goto(AR_REPORT);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('#article-text')).toBeVisible();
    expect(await page.locator('#article-text p').first().evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });
});
