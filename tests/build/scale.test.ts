/**
 * A report of 10,000 events: the real build either finishes in bounded time with the page written,
 * or fails with a clear message and publishes nothing. Never hangs, never half-writes dist/.
 * (Figures for 100 / 1,000 / 10,000 events are in `npm run bench`; this only guards the bound.)
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticReport } from '../../scripts/lib/synthetic.ts';
import { buildSite, htmlPages } from '../helpers/site.ts';

const BOUND_MS = 120_000;
const root = mkdtempSync(join(tmpdir(), 'sitrep-scale-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a report of 10,000 events', () => {
  it(`builds in under ${BOUND_MS / 1000} s, or fails clearly and publishes nothing`, () => {
    const reports = join(root, 'reports');
    mkdirSync(reports);
    writeFileSync(join(reports, 'ten-thousand.mdx'), syntheticReport(10_000));
    const dist = join(root, 'dist');
    const started = performance.now();
    const run = buildSite(reports, dist, BOUND_MS + 30_000);
    const elapsed = performance.now() - started;
    expect(run.error, 'the build was killed: it did not finish in time').toBeUndefined();
    if (run.status === 0) {
      expect(elapsed).toBeLessThan(BOUND_MS);
      expect(htmlPages(dist)).toContain('reports/ten-thousand/index.html');
    } else {
      const out = run.stderr + run.stdout;
      expect(out).toMatch(/nothing was (built|published)/);
      expect(out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(existsSync(dist)).toBe(false);
    }
  }, BOUND_MS + 60_000);
});
