/**
 * checkSite() on each case in tests/fixtures/registry/: the problems it prints, file, line, column, field,
 * message and fix, compared with the case's expected.txt (`UPDATE=1` rewrites it; never in CI).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../../src/lib/check/problem.ts';
import { checkSite } from '../../../../src/lib/registry/check.ts';
import { readRegistry } from '../../../../src/lib/registry/read.ts';
import { reportSource } from '../../../../src/lib/registry/report-source.ts';

const DIR = 'tests/fixtures/registry';
// Folders starting with `_` hold inputs for other tests (the extract round trip).
const cases = readdirSync(DIR).filter((name) => !name.startsWith('_') && statSync(join(DIR, name)).isDirectory()).sort();

function run(name: string): string {
  const dir = join(DIR, name);
  const reportsDir = join(dir, 'reports');
  const reports = existsSync(reportsDir)
    ? readdirSync(reportsDir).filter((f) => f.endsWith('.mdx')).sort().map((f) => reportSource(join(reportsDir, f), readFileSync(join(reportsDir, f), 'utf8')))
    : [];
  return `${formatReport(checkSite(readRegistry(dir), reports), reports.length)}\n`;
}

describe('checkSite() on registry fixtures', () => {
  for (const name of cases) {
    it(`${name}: prints what expected.txt holds`, () => {
      const out = run(name);
      const expectedFile = join(DIR, name, 'expected.txt');
      if (process.env['UPDATE'] === '1' && !process.env['CI']) writeFileSync(expectedFile, out);
      expect(out).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
