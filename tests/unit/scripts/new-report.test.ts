import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../src/lib/check/check-report.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-new-'));
const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/new-report.ts', '--dir', dir, ...args], { encoding: 'utf8' });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each run starts Node: seconds of wall time on the loaded 2-core machine. A generous limit, not a budget.
const LIMIT = 90_000;

describe('npm run new', () => {
  it('creates a draft named after the title that passes check, and says what to do next', () => {
    const result = run('Militia attacks, October 2023');
    expect(result.status).toBe(0);
    const path = join(dir, 'militia-attacks-october-2023.mdx');
    expect(result.stdout).toContain('militia-attacks-october-2023.mdx');
    expect(result.stdout).toContain('npm run check');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('title: "Militia attacks, October 2023"');
    expect(checkReportSource(path, text).problems).toEqual([]);
  }, LIMIT);
  it('refuses to overwrite an existing report', () => {
    const path = join(dir, 'twice.mdx');
    expect(run('Twice').status).toBe(0);
    const before = readFileSync(path, 'utf8');
    const again = run('Twice');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(path, 'utf8')).toBe(before);
  }, LIMIT);
  it('--slug picks the file name, and a slug that is not kebab-case is refused with a suggestion', () => {
    const result = run('A long title that would make a long file name', '--slug', 'short-name');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('short-name.mdx');
    expect(readFileSync(join(dir, 'short-name.mdx'), 'utf8')).toContain('title: "A long title that would make a long file name"');
    const bad = run('Title', '--slug', 'Short Name');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('e.g. --slug short-name');
  }, LIMIT);
  it('asks for a title', () => {
    expect(run().status).toBe(2);
  }, LIMIT);
});
