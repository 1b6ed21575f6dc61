import { chromium } from 'playwright-core';
const [,, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, h, tag] of [[1440, 900, 'desk'], [390, 844, 'phone']]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  for (const p of paths) {
    await page.goto(`http://127.0.0.1:4338${p}`);
    const name = p.replace(/[^a-z0-9]+/gi, '_');
    await page.screenshot({ path: `/tmp/registry/${name}${tag}.png`, fullPage: true });
  }
  await page.close();
}
await browser.close();
