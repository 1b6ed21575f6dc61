import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto('http://127.0.0.1:4338/places/al-tanf/');
console.log(await page.evaluate(() => [...document.querySelectorAll('.entity-facts > *')].map((e) => { const r = e.getBoundingClientRect(); const cs = getComputedStyle(e); return `${e.tagName} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)} ${cs.color} ${cs.visibility} ${cs.display}`; })));
await browser.close();
