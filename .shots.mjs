import { chromium } from 'playwright-core';
const base = process.env.BASE ?? 'http://127.0.0.1:4333';
const pages = (process.env.PAGES ?? '/ar/reports/us-strikes-eastern-syria-2023/').split(',');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, h, name] of [[1440, 900, 'desktop'], [390, 844, 'phone']]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  for (const p of pages) {
    await page.goto(base + p);
    await page.waitForTimeout(800);
    const slug = p.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home';
    await page.screenshot({ path: `/tmp/i18n/${slug}-${name}.png`, fullPage: process.env.FULL === '1' });
    if (process.env.ELEMENT) {
      if (name === 'phone') { const t = page.locator('[data-panel-toggle]'); if (await t.isVisible()) await t.click(); }
      const el = page.locator(process.env.ELEMENT).first();
      await el.scrollIntoViewIfNeeded();
      await page.waitForTimeout(1200);
      await el.screenshot({ path: `/tmp/i18n/${slug}-${name}-${process.env.ELEMENT.replace(/\W+/g, '')}.png` });
    }
    if (process.env.SCROLL) {
      await page.locator(process.env.SCROLL).first().scrollIntoViewIfNeeded();
      await page.waitForTimeout(800);
      await page.screenshot({ path: `/tmp/i18n/${slug}-${name}-scrolled.png` });
    }
  }
  await page.close();
}
await browser.close();
