/**
 * `npm run bench:linked`: how fast the linked views answer, measured in Chromium on the built
 * seed page (not a test). Prints the time from pointing at a mention to the highlight of its
 * marker on the map and its marks on the timeline (median and worst of 30), and the gzipped
 * bytes of the linked-view scripts.
 */
import { chromium } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { serveStatic } from './lib/static-server.ts';

const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${server.url}/reports/iran-militias-syria-2023/`);
  await page.locator('sitrep-map').scrollIntoViewIfNeeded();
  await page.waitForSelector('sitrep-map[data-state="ready"]');
  await page.locator('sitrep-timeline').scrollIntoViewIfNeeded();
  await page.waitForSelector('sitrep-timeline[data-ready="true"]');
  await page.waitForTimeout(800);
  const samples = await page.evaluate(async () => {
    const mention = document.querySelector<HTMLElement>('#article-text a.mention[data-ref-kind="place"][data-ref-id="al-mayadin"]')!;
    const marker = document.querySelector<HTMLElement>('.leaflet-marker-icon[data-place="al-mayadin"]')!;
    const mark = document.querySelector<SVGElement>('.tl-frame-h .tl-mark[data-event="us-strikes-2023-11-12"]')!;
    const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
    const out: { dom: number; frame: number }[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      mention.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      const dom = marker.classList.contains('is-highlighted') && mark.classList.contains('is-linked') ? performance.now() - t0 : NaN;
      const painted = (await frame()) - t0;
      out.push({ dom, frame: painted });
      mention.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
      window.sitrepSelection?.set({ hovered: null }, 'article');
      await frame();
      await frame();
    }
    return out;
  });
  const stat = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `median ${s[Math.floor(s.length / 2)]!.toFixed(2)} ms, worst ${s.at(-1)!.toFixed(2)} ms`;
  };
  console.log(`hover mention -> map marker + timeline marks highlighted (synchronous DOM update): ${stat(samples.map((s) => s.dom))}`);
  console.log(`hover mention -> next animation frame (highlight painted):                      ${stat(samples.map((s) => s.frame))}`);
} finally {
  await browser.close();
  await server.close();
}

// Bytes: the chunks that hold the linked views' code (shared state, URL, article side, copy links).
const dir = 'dist/_astro';
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  const tags = ['sitrep-linked-views', 'sitrepSelection', 'Copy link', 'range='].filter((t) => text.includes(t));
  if (tags.length > 0) console.log(`${file}: ${text.length} B raw, ${gzipSync(text, { level: 9 }).length} B gzip (${tags.join(', ')})`);
}
