/**
 * The real build, run on broken content: it fails, prints every problem (file, line,
 * column, field, fix) without a stack trace, and publishes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function build(reportsDir: string, dist: string) {
  return spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, SITREP_REPORTS_DIR: reportsDir, SITREP_DIST: dist, NO_COLOR: '1' },
    // A hang limit, not a speed limit: builds in the suite take turns (scripts/build.ts holds a lock), so this one
    // may wait for another test's build on a busy machine.
    timeout: 600_000,
  });
}

describe('npm run build on broken content', () => {
  it('fails with every problem, located, no stack trace, and leaves no dist', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'sitrep-')), 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'stale.html'), 'from an earlier build');
    const run = build('tests/fixtures/reports/broken', dist);
    expect(run.status).not.toBe(0);
    const out = run.stderr + run.stdout;
    for (const file of readdirSync('tests/fixtures/reports/broken')) {
      expect(out).toMatch(new RegExp(`tests/fixtures/reports/broken/${file}:\\d+:\\d+  (error|warning)  `));
    }
    expect(out).toContain("tests/fixtures/reports/broken/unknown-reference.mdx:44:14  error  events[0].places[0]  unknown place 'al-hasaka'  (did you mean 'al-hasakah'? Declare it under places)");
    expect(out).toMatch(/\d+ errors, \d+ warnings? in \d+ files/);
    expect(out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack frames
    expect(existsSync(dist)).toBe(false);
    expect(existsSync(`${dist}.staging`)).toBe(false);
  }, 660_000);
});
