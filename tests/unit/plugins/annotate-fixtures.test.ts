/**
 * Fixture pairs for the annotation plugins: tests/fixtures/annotate/<case>/input.mdx is
 * processed with the plugin chain against _report.yaml and compared with expected.html
 * (and expected-messages.txt, the vfile messages). Regenerate with UPDATE=1 only.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { processAnnotated } from './process.ts';

const root = join(import.meta.dirname, '../../fixtures/annotate');
const report = parse(readFileSync(join(root, '_report.yaml'), 'utf8')) as Record<string, unknown>;
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const update = process.env['UPDATE'] === '1';

function compare(path: string, actual: string): void {
  if (update) writeFileSync(path, actual);
  expect(existsSync(path), `${path} is missing: run with UPDATE=1 once and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('annotation plugins (fixtures)', () => {
  it('has the tricky cases', () => {
    expect(cases).toEqual(expect.arrayContaining(['overlapping-names', 'possessives', 'emphasis-split', 'name-in-link', 'arabic-script', 'same-name-place-actor', 'explicit-directive', 'unknown-explicit-id']));
  });

  for (const name of cases) {
    it(`annotates ${name}`, async () => {
      const dir = join(root, name);
      const { html, file } = await processAnnotated(readFileSync(join(dir, 'input.mdx'), 'utf8'), structuredClone(report), `${name}/input.mdx`);
      compare(join(dir, 'expected.html'), `${html}\n`);
      const messages = file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.source}:${m.ruleId} ${m.reason}`).join('\n');
      compare(join(dir, 'expected-messages.txt'), messages ? `${messages}\n` : '');
    });
  }
});
