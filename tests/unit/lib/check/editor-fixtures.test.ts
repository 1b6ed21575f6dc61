import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';

// One folder per case: report.mdx and expected.json (the problems check must find, in order).
// Regenerate expected.json only on request: UPDATE=1 npx vitest run tests/unit/lib/check/editor-fixtures.test.ts
const root = 'tests/fixtures/reports';
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'expected.json')))
  .map((d) => d.name);

describe('checkReportSource() on the editor fixture reports', () => {
  it('has the editor fixtures', () => {
    expect(cases).toEqual(expect.arrayContaining(['misspelt-key', 'placeholder-published', 'tally-figure-mismatch', 'unknown-tally-id', 'valid-with-tally']));
  });
  for (const name of cases) {
    it(`finds exactly the expected problems in ${name}`, () => {
      const file = join(root, name, 'report.mdx');
      const result = checkReportSource(file, readFileSync(file, 'utf8'));
      const found = result.problems.map(({ line, column, severity, path, message, rule }) => ({ line, column, severity, path, message, rule }));
      const expectedPath = join(root, name, 'expected.json');
      if (process.env['UPDATE'] === '1') writeFileSync(expectedPath, `${JSON.stringify(found, null, 2)}\n`);
      expect(found).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
