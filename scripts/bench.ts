/**
 * `npm run bench`: builds the seed and synthetic sites (100 / 1,000 / 10,000 events in one report, and a
 * site of 100 reports) into /tmp, and prints build time and peak memory, bytes per page type (HTML, CSS,
 * JavaScript before interaction and in all, raw and gzip), Lighthouse scores (mobile) with LCP, TBT and CLS,
 * and each budget of budgets.json against the worst figure; and what search costs: the Pagefind index's size,
 * the build time indexing adds, and a cold query's requests and bytes in Chromium.
 *
 * Builds go to a fresh folder under the system temp folder (or SITREP_BENCH_DIR), printed at the end.
 * Then the atlas's first-view bytes at 1,000 and 100,000 events (scripts/lib/atlas-cost.ts, no build).
 * Options: --no-lighthouse (sizes and build only), --only=seed,events-100,... (some scenarios; `site-1000-reports`
 * runs only when asked for: it builds for many minutes), --lcp-runs=N (runs of the seed report's LCP beside the
 * same article as plain HTML; 3 by default).
 * Peak memory is the largest resident set of the build's processes, from /usr/bin/time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { budgets, jsBudgetBytes, lighthouseMinimum } from './lib/budgets.ts';
import { CATEGORIES, runLighthouse, type LighthouseResult } from './lib/lighthouse.ts';
import { syntheticReport, writeSyntheticReports } from './lib/synthetic.ts';
import { kb, pageType, pageWeights, type PageWeights } from './lib/weights.ts';
import { plainArticle } from './lib/plain-article.ts';
import { coldQuery, searchCost, type SearchCost } from './lib/search-cost.ts';
import { printAtlasCosts } from './lib/atlas-cost.ts';
import { filesUnder, htmlPages, serveDir, urlPath } from '../tests/helpers/site.ts';

// A folder of its own per run: benches in other checkouts (or a second run here) must not delete this one's builds.
const ROOT = process.env['SITREP_BENCH_DIR'] ?? mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
const args = process.argv.slice(2);
const withLighthouse = !args.includes('--no-lighthouse');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');

interface Scenario {
  name: string;
  /** Writes the reports into `dir` and returns it, or returns the folder to read. */
  reports: (dir: string) => string;
  events: string;
  /** Left out of a run unless named in --only. */
  onlyWhenAsked?: boolean;
}
const single = (events: number): Scenario => ({
  name: `events-${events}`,
  events: events.toLocaleString('en'),
  reports: (dir) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `synthetic-${events}.mdx`), syntheticReport(events));
    return dir;
  },
});
const SCENARIOS: Scenario[] = [
  { name: 'seed', events: 'seed', reports: () => resolve('content/reports') },
  single(100),
  single(1_000),
  single(10_000),
  { name: 'site-100-reports', events: '100 × 20', reports: (dir) => (writeSyntheticReports(dir, 100, 20), dir) },
  { name: 'site-1000-reports', events: '1,000 × 20', reports: (dir) => (writeSyntheticReports(dir, 1_000, 20), dir), onlyWhenAsked: true },
];

interface Result {
  name: string;
  events: string;
  ok: boolean;
  seconds: number;
  maxRssMB: number | undefined;
  distBytes: number;
  types: { type: string; pages: number; worst: PageWeights; worstPage: string }[];
  lighthouse: { page: string; result?: LighthouseResult; error?: string }[];
  search?: SearchCost | undefined;
}

function build(reports: string, dist: string): { ok: boolean; seconds: number; maxRssMB: number | undefined; log: string } {
  const timeFile = `${dist}.time`;
  const hasTime = existsSync('/usr/bin/time');
  const command = hasTime ? '/usr/bin/time' : process.execPath;
  const commandArgs = hasTime ? ['-f', '%e %M', '-o', timeFile, process.execPath, 'scripts/build.ts'] : ['scripts/build.ts'];
  const started = performance.now();
  const run = spawnSync(command, commandArgs, {
    encoding: 'utf8',
    env: { ...process.env, SITREP_REPORTS_DIR: reports, SITREP_DIST: dist, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  let maxRssMB: number | undefined;
  if (hasTime && existsSync(timeFile)) {
    const kbUsed = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)?.split(' ')[1]);
    maxRssMB = Number.isFinite(kbUsed) ? kbUsed / 1024 : undefined;
  }
  return { ok: run.status === 0, seconds, maxRssMB, log: run.stdout + run.stderr };
}

const results: Result[] = [];
for (const scenario of SCENARIOS.filter((s) => (only ? only.includes(s.name) : !s.onlyWhenAsked))) {
  const dir = join(ROOT, scenario.name);
  mkdirSync(dir, { recursive: true });
  const reports = scenario.reports(join(dir, 'reports'));
  const dist = join(dir, 'dist');
  process.stderr.write(`building ${scenario.name} ... `);
  const b = build(reports, dist);
  process.stderr.write(`${b.ok ? 'ok' : 'FAILED'} in ${b.seconds.toFixed(1)} s\n`);
  const result: Result = { name: scenario.name, events: scenario.events, ok: b.ok, seconds: b.seconds, maxRssMB: b.maxRssMB, distBytes: 0, types: [], lighthouse: [] };
  results.push(result);
  if (!b.ok) {
    process.stderr.write(`${b.log.slice(-2000)}\n`);
    continue;
  }
  result.distBytes = filesUnder(dist).reduce((n, f) => n + readFileSync(join(dist, f)).length, 0);
  const byType = new Map<string, { file: string; w: PageWeights }[]>();
  for (const file of htmlPages(dist)) {
    const list = byType.get(pageType(file)) ?? [];
    list.push({ file, w: pageWeights(dist, file) });
    byType.set(pageType(file), list);
  }
  for (const [type, list] of byType) {
    const worst = list.reduce((a, b) => (b.w.jsInitial.gzip + b.w.html.gzip > a.w.jsInitial.gzip + a.w.html.gzip ? b : a));
    result.types.push({ type, pages: list.length, worst: worst.w, worstPage: urlPath(worst.file) });
  }
  result.search = searchCost(dist, b.log);
  if (result.search) {
    // A word every site has: the longest word of the newest report's title.
    const title = /<h2 class="report-title"[^>]*>\s*<a [^>]*>([^<]+)</.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1] ?? 'report';
    const term = title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0] ?? 'report';
    const server = await serveDir(dist);
    try {
      process.stderr.write(`  cold query "${term}" ... `);
      result.search.query = await coldQuery(server.url, term);
      process.stderr.write(`${result.search.query.results} results shown, ${result.search.query.searchRequests} requests to pagefind/\n`);
    } catch (error) {
      process.stderr.write(`error: ${(error as Error).message}\n`);
    } finally {
      await server.close();
    }
  }
  if (withLighthouse) {
    const server = await serveDir(dist);
    try {
      const targets = ['/', ...result.types.filter((t) => t.type === 'report').map((t) => t.worstPage)];
      for (const page of targets) {
        process.stderr.write(`  lighthouse ${page} ... `);
        try {
          const lh = await runLighthouse(server.url + page);
          result.lighthouse.push({ page, result: lh });
          process.stderr.write(`${CATEGORIES.map((c) => lh.scores[c]).join('/')}\n`);
        } catch (error) {
          result.lighthouse.push({ page, error: (error as Error).message });
          process.stderr.write(`error: ${(error as Error).message}\n`);
        }
      }
    } finally {
      await server.close();
    }
  }
}

/**
 * The report page's mobile LCP beside the same article served as plain static HTML (scripts/lib/plain-article.ts),
 * from the same server, each measured `runs` times in turn (median): the cost of the stage around the article.
 */
async function articleVsPlain(dist: string, runs: number): Promise<{ page: string; report: number[]; plain: number[] } | undefined> {
  const page = htmlPages(dist).find((f) => pageType(f) === 'report');
  if (!page) return undefined;
  const plainFile = join(dist, '__plain', 'index.html');
  mkdirSync(join(dist, '__plain'), { recursive: true });
  writeFileSync(plainFile, plainArticle(readFileSync(join(dist, page), 'utf8')));
  const server = await serveDir(dist);
  const out = { page: urlPath(page), report: [] as number[], plain: [] as number[] };
  try {
    for (let i = 0; i < runs; i++) {
      process.stderr.write(`  LCP side by side, run ${i + 1} of ${runs} ... `);
      out.report.push((await runLighthouse(server.url + urlPath(page))).lcp);
      out.plain.push((await runLighthouse(`${server.url}/__plain/`)).lcp);
      process.stderr.write(`${Math.round(out.report.at(-1)!)} ms / ${Math.round(out.plain.at(-1)!)} ms\n`);
    }
  } finally {
    await server.close();
    rmSync(join(dist, '__plain'), { recursive: true, force: true });
  }
  return out;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const lcpRuns = Number(args.find((a) => a.startsWith('--lcp-runs='))?.slice(11) ?? 3);
const sideBySide = withLighthouse && results.some((r) => r.name === 'seed' && r.ok) ? await articleVsPlain(join(ROOT, 'seed', 'dist'), lcpRuns) : undefined;

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(1, ...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}
const both = (b: { raw: number; gzip: number }) => `${kb(b.raw)} / ${kb(b.gzip)}`;

const out: string[] = [];
out.push('## Build', '', table(['scenario', 'events', 'built', 'time', 'peak RSS', 'dist size'], results.map((r) => [r.name, r.events, r.ok ? 'yes' : 'FAILED', `${r.seconds.toFixed(1)} s`, r.maxRssMB ? `${r.maxRssMB.toFixed(0)} MB` : 'n/a', kb(r.distBytes)])));
out.push('', '## Bytes per page type (raw / gzip; worst page of the type)', '', table(
  ['scenario', 'page type', 'pages', 'HTML', 'CSS', 'JS before interaction', 'JS in all'],
  results.flatMap((r) => r.types.map((t) => [r.name, t.type, t.pages, both(t.worst.html), both(t.worst.css), both(t.worst.jsInitial), both(t.worst.jsAll)])),
));
if (withLighthouse) {
  out.push('', '## Lighthouse (mobile settings)', '', table(
    ['scenario', 'page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS'],
    results.flatMap((r) => r.lighthouse.map((l) => (l.result
      ? [r.name, l.page.length > 40 ? `${l.page.slice(0, 39)}…` : l.page, ...CATEGORIES.map((c) => l.result!.scores[c]), `${Math.round(l.result.lcp)} ms`, `${Math.round(l.result.tbt)} ms`, l.result.cls.toFixed(3)]
      : [r.name, l.page, 'error', l.error ?? '', '', '', '', '', '']))),
  ));
}
const searched = results.filter((r) => r.search);
if (searched.length > 0) {
  out.push('', '## Search (Pagefind; a cold query: a fresh browser opens /search/?q=<word>, bytes as served)', '', table(
    ['scenario', 'indexed', 'indexing time', 'index', 'pagefind/ in all', 'cold query: requests / bytes to pagefind/', 'whole page: requests / bytes'],
    searched.map((r) => {
      const s = r.search!;
      const q = s.query;
      return [
        r.name,
        `${s.pages} pages, ${s.events} events`,
        `${s.seconds.toFixed(1)} s of ${r.seconds.toFixed(1)} s`,
        `${kb(s.indexBytes)} in ${s.indexFiles} files`,
        kb(s.bundleBytes),
        q ? `${q.searchRequests} / ${kb(q.searchBytes)}` : 'n/a',
        q ? `${q.pageRequests} / ${kb(q.pageBytes)}` : 'n/a',
      ];
    }),
  ));
}

if (sideBySide) {
  const report = median(sideBySide.report);
  const plain = median(sideBySide.plain);
  out.push('', '## LCP on mobile: the report page beside the same article as plain static HTML (median of runs)', '', table(
    ['page', 'runs', 'report page', 'plain article', 'ratio'],
    [[sideBySide.page, sideBySide.report.length, `${Math.round(report)} ms`, `${Math.round(plain)} ms`, `${(report / plain).toFixed(2)}x`]],
  ));
}

// Budgets against the worst figures measured.
const budgetRows: (string | number)[][] = [];
const types = new Set(results.flatMap((r) => r.types.map((t) => t.type)));
for (const type of types) {
  const worst = Math.max(...results.flatMap((r) => r.types.filter((t) => t.type === type).map((t) => t.worst.jsInitial.gzip)));
  budgetRows.push([`JS before interaction, ${type} page (gzip)`, `<= ${kb(jsBudgetBytes(type))}`, kb(worst), worst <= jsBudgetBytes(type) ? 'ok' : 'OVER']);
}
const lhAll = results.flatMap((r) => r.lighthouse.flatMap((l) => (l.result ? [l.result] : [])));
if (lhAll.length > 0) {
  for (const c of CATEGORIES) {
    const worst = Math.min(...lhAll.map((l) => l.scores[c]));
    budgetRows.push([`Lighthouse ${c} (mobile)`, `>= ${lighthouseMinimum(c)}`, worst, worst >= lighthouseMinimum(c) ? 'ok' : 'UNDER']);
  }
  const cls = Math.max(...lhAll.map((l) => l.cls));
  budgetRows.push(['CLS (Lighthouse)', `<= ${budgets.cls.max}`, cls.toFixed(3), cls <= budgets.cls.max ? 'ok' : 'OVER']);
}
out.push('', '## Budgets (budgets.json) against the worst figure', '', table(['budget', 'limit', 'worst', ''], budgetRows));
console.log(out.join('\n'));
writeFileSync(join(ROOT, 'results.json'), JSON.stringify(results, null, 2));
console.log(`\nDetails: ${join(ROOT, 'results.json')}`);
// The atlas's first view at 1,000 and 100,000 events, from its own code (no site build): `--only=atlas` for it alone.
if (!only || only.includes('atlas')) printAtlasCosts([1_000, 100_000]);
