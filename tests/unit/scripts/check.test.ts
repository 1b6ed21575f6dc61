import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const check = (target: string, ...flags: string[]) => spawnSync(process.execPath, ['scripts/check.ts', target, ...flags], { encoding: 'utf8' });

// Each run starts Node and loads the schema and the MDX parser: about 2 s of CPU, which took 17 s
// of wall time on the 2-core machine under load (load average 37). A generous limit, not a budget.
const LIMIT = 90_000;

describe('npm run check', () => {
  it('exits 1 on an error, printing the located problem and a summary', () => {
    const result = check('tests/fixtures/reports/unknown-tally-id/report.mdx');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      'tests/fixtures/reports/unknown-tally-id/report.mdx:122:140  error  -  <Tally id="example-tallies" /> names no tally of this report  (did you mean \'example-tally\'? declare it under tallies)\n1 error, 0 warnings in 1 file\n',
    );
  }, LIMIT);
  it('exits 0 on warnings alone', () => {
    const result = check('tests/fixtures/reports/tally-figure-mismatch/report.mdx');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('0 errors, 1 warning in 1 file');
  }, LIMIT);
  it('--strict exits 1 on warnings alone, and says why', () => {
    const result = check('tests/fixtures/reports/tally-figure-mismatch/report.mdx', '--strict');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('0 errors, 1 warning in 1 file');
    expect(result.stdout).toContain('--strict: warnings fail the check');
  }, LIMIT);
  it('exits 0 on a clean report', () => {
    expect(check('tests/fixtures/reports/valid-with-tally/report.mdx').stdout).toBe('0 errors, 0 warnings in 1 file\n');
  }, LIMIT);
});
