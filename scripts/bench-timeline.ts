/**
 * Timeline benchmark (a script, not a test): for 100, 1,000 and 10,000 synthetic events,
 * the time to build the view model and SVG (both orientations), the SVG's size raw and
 * gzipped, and the time a brush (date range) update takes in Chromium, on the built report
 * page with its timeline swapped for the synthetic one.
 *
 * Usage: npm run build && npm run bench:timeline
 */
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildTimeline } from '../src/lib/timeline/model.ts';
import { renderTimelineSvg } from '../src/lib/timeline/svg.ts';
import { syntheticReport } from '../src/lib/timeline/synthetic.ts';
import { CHROMIUM } from '../playwright.config.ts';

const SIZES = [100, 1_000, 10_000];
const DIST = resolve('dist');
const PAGE = '/reports/iran-militias-syria-2023/';
const ORIGIN = 'http://bench.invalid';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function build(n: number) {
  const report = syntheticReport(n);
  const times: number[] = [];
  let svgs = { h: '', v: '' };
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    const h = renderTimelineSvg(buildTimeline(report, { orientation: 'horizontal' }), { idPrefix: 'tl-h-', label: 'Timeline' });
    const v = renderTimelineSvg(buildTimeline(report, { orientation: 'vertical' }), { idPrefix: 'tl-v-', label: 'Timeline' });
    times.push(performance.now() - t0);
    svgs = { h, v };
  }
  const model = buildTimeline(report);
  return { times, svgs, marks: model.marks.length, dense: model.dense, thinned: model.thinned };
}

async function brushTimes(browser: import('playwright-core').Browser, svgs: { h: string; v: string }) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    let body: string | Buffer = await readFile(file).catch(() => Buffer.from(''));
    if (path === PAGE) {
      body = body
        .toString()
        .replace(/(<div class="tl-frame tl-frame-h"[^>]*>)<svg[\s\S]*?<\/svg>/, (_, open: string) => open + svgs.h)
        .replace(/(<div class="tl-frame tl-frame-v"[^>]*>)<svg[\s\S]*?<\/svg>/, (_, open: string) => open + svgs.v);
    }
    await route.fulfill({ body, contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
  });
  await page.goto(`${ORIGIN}${PAGE}`);
  await page.locator('sitrep-timeline').scrollIntoViewIfNeeded();
  await page.waitForSelector('sitrep-timeline[data-ready="true"]');
  const result = await page.evaluate(async () => {
    const store = window.sitrepSelection!;
    const sync: number[] = [];
    const frame: number[] = [];
    for (let i = 0; i < 21; i++) {
      const month = String((i % 10) + 1).padStart(2, '0');
      const t0 = performance.now();
      store.set({ range: { start: `2023-${month}-01`, end: `2023-${month}-20` } }, 'map');
      sync.push(performance.now() - t0);
      await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      frame.push(performance.now() - t0);
    }
    return { sync, frame, marks: document.querySelectorAll('.tl-frame-h .tl-mark').length };
  });
  await page.close();
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return result;
}

build(100); // warm up the JIT so the first row is not the cold start
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const rows: string[] = [];
rows.push('| events | marks drawn | labels thinned | build (model + SVG, both orientations), median of 5 | SVG raw (h + v) | SVG gzip (h + v) | brush update, sync (median) | brush update to next frame (median) |');
rows.push('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const n of SIZES) {
  const { times, svgs, marks, thinned, dense } = build(n);
  const raw = Buffer.byteLength(svgs.h) + Buffer.byteLength(svgs.v);
  const gz = gzipSync(svgs.h).length + gzipSync(svgs.v).length;
  const brush = await brushTimes(browser, svgs);
  rows.push(
    `| ${n.toLocaleString('en-US')} | ${marks}${dense ? ' (binned)' : ''} | ${thinned} | ${median(times).toFixed(1)} ms | ${(raw / 1024).toFixed(1)} KiB | ${(gz / 1024).toFixed(1)} KiB | ${median(brush.sync).toFixed(2)} ms | ${median(brush.frame).toFixed(1)} ms |`,
  );
}
await browser.close();
console.log(rows.join('\n'));
