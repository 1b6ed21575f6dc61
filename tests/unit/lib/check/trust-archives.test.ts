import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveSeverity, checkArchives, isPlaceholderUrl } from '../../../../src/lib/check/archives.ts';
import type { Source } from '../../../../src/lib/schema/source.ts';

const locate = (path: readonly PropertyKey[]) => ({ line: 10 + Number(path[1]), column: 5 });
const source = (id: string, fields: Partial<Source> = {}): Source => ({ id, title: id, aliases: [], kind: 'media', ...fields });

describe('checkArchives()', () => {
  it('warns about each source with a URL and no archived copy, at its url field', () => {
    const problems = checkArchives('r.mdx', { sources: [source('a', { url: 'https://news.example.com.test.org/a' }), source('b'), source('c', { url: 'https://c.org/x', archived: 'https://web.archive.org/web/2023/https://c.org/x', archivedOn: '2023-11-20' })] }, locate);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'r.mdx', line: 10, column: 5, path: 'sources[0].url', severity: 'warning', rule: 'archive', message: "source 'a' has no archived copy of https://news.example.com.test.org/a" }),
    ]);
    expect(problems[0]?.fix).toContain('npm run archive');
  });
  it('is an error at the severity asked for', () => {
    const [problem] = checkArchives('r.mdx', { sources: [source('a', { url: 'https://c.org/x' })] }, locate, 'error');
    expect(problem?.severity).toBe('error');
  });
  it('leaves placeholder URLs of templates and fixtures alone', () => {
    expect(checkArchives('r.mdx', { sources: [source('a', { url: 'https://example.org/replace-me' })] }, locate)).toEqual([]);
    expect(['https://example.org/x', 'http://www.example.com/', 'https://site.test/', 'http://localhost:4000/', 'https://a.invalid/'].every(isPlaceholderUrl)).toBe(true);
    expect(['https://en.wikipedia.org/wiki/X', 'https://example.org.evil.com/', 'https://notexample.org/'].some(isPlaceholderUrl)).toBe(false);
  });
  it('warns about archivedOn without an archived URL', () => {
    expect(checkArchives('r.mdx', { sources: [source('a', { archivedOn: '2023-11-20' })] }, locate).map((p) => p.path)).toEqual(['sources[0].archivedOn']);
  });
});

describe('archiveSeverity()', () => {
  it('is an error only under --strict on a site that requires archives', () => {
    expect(archiveSeverity(false, true)).toBe('warning');
    expect(archiveSeverity(true, false)).toBe('warning');
    expect(archiveSeverity(true, true)).toBe('error');
  });
});

describe('npm run check -- --strict', () => {
  it('fails on a source without an archived copy when sitrep.config.json asks for archives', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sitrep-strict-'));
    try {
      writeFileSync(join(root, 'sitrep.config.json'), JSON.stringify({ requireArchives: true }));
      const file = join(root, 'report.mdx');
      copyFileSync('tests/fixtures/reports/trust-sources/report.mdx', file);
      const script = resolve('scripts/check.ts');
      const lenient = spawnSync(process.execPath, [script, file], { cwd: root, encoding: 'utf8' });
      expect(lenient.status, lenient.stderr).toBe(0);
      expect(lenient.stdout).toContain('0 errors, 6 warnings in 1 file');
      const strict = spawnSync(process.execPath, [script, '--strict', file], { cwd: root, encoding: 'utf8' });
      expect(strict.status).toBe(1);
      expect(strict.stdout).toContain("report.mdx:74:10  error  sources[0].url  source 'statement' has no archived copy of https://statements.sitrep-stub.org/moved");
      expect(strict.stdout).toContain('6 errors, 0 warnings in 1 file');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
