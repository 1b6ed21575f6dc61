/**
 * `npm run archive` against a stub Save Page Now on 127.0.0.1 (never the network): snapshots written into
 * the report with its formatting and comments kept, failures and slow-downs summarised, resumable, and
 * an unreachable archive said to be unreachable.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

/** Each test starts the command as a process (twice for resuming): seconds on a busy machine. */
const SLOW = 120_000;
import { checkReportSource } from '../../../src/lib/check/check-report.ts';
import { snapshotFrom } from '../../../scripts/archive.ts';
import { closedPort, startStub, type Stub } from '../../helpers/trust-stub.ts';

const FIXTURE = 'tests/fixtures/reports/trust-sources/report.mdx';
const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'sitrep-archive-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let stub: Stub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

async function archive(file: string, ...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, ['scripts/archive.ts', '--interval', '0', '--timeout', '5', '--max-wait', '1', ...args, file], { encoding: 'utf8' });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

function copy(name: string): string {
  const file = join(root, `${name}.mdx`);
  copyFileSync(FIXTURE, file);
  return file;
}

/** Save Page Now as the stub plays it: a redirect to the snapshot, a Content-Location, a 520, a slow-down. */
function saveNow(): Promise<Stub> {
  let slowedDown = false;
  return startStub((target, _req, res) => {
    const url = target.replace(/^save\//, '');
    if (url.endsWith('/moved')) return void res.writeHead(302, { location: `/web/20231120093000/${url}` }).end();
    if (url.endsWith('/ok')) return void res.writeHead(200, { 'content-location': `/web/20231121101500/${url}` }).end('<html>saved</html>');
    if (url.endsWith('/no-head')) {
      if (!slowedDown) {
        slowedDown = true;
        return void res.writeHead(429, { 'retry-after': '0' }).end();
      }
      return void res.writeHead(302, { location: `https://web.archive.org/web/20231122000000/${url}` }).end();
    }
    if (url.endsWith('/dead')) return void res.writeHead(302, { location: `/web/20231121120000/${url}` }).end();
    if (url.endsWith('/timeout')) return void res.writeHead(302, { location: `/web/20231123000000/${url}` }).end();
    res.writeHead(520, 'Origin Error').end();
  });
}

describe('npm run archive', { timeout: SLOW }, () => {
  it('writes each snapshot into the report, keeping everything else as written', async () => {
    stub = await saveNow();
    const file = copy('first');
    const before = readFileSync(file, 'utf8');
    const { code, out } = await archive(file, '--endpoint', stub.url);
    const after = readFileSync(file, 'utf8');

    expect(code).toBe(1); // one source could not be archived
    expect(out).toContain('9 sources in 1 file: 1 already archived, 6 to archive, 1 placeholder URL skipped.');
    expect(out).toContain('the archive asks us to slow down; waiting 0 s');
    expect(out).toContain('Archived 5 of 6 sources without an archived copy.');
    expect(out).toMatch(/Could not archive 1:\n {2}\S+first\.mdx:96 {2}failing {2}https:\/\/slow\.sitrep-stub\.org\/server-error {2}\(the archive answered 520 Origin Error without a snapshot location\)/);
    // Politely: one request per source, and one retry after the slow-down.
    expect(stub.requests.map((r) => r.path.replace(/^\/save\/https:\/\/[^/]+/, ''))).toEqual(['/moved', '/ok', '/dead', '/no-head', '/no-head', '/server-error', '/timeout']);

    // Only the new fields were added: a block entry gains two lines at its indentation (after its folded
    // description, before the next entry), a flow entry gains them before its brace; comments stay.
    const added = after.split('\n').filter((line) => !before.split('\n').includes(line));
    expect(added).toEqual([
      "    archived: 'https://web.archive.org/web/20231120093000/https://statements.sitrep-stub.org/moved'",
      '    archivedOn: 2023-11-20',
      "  - { id: wire, title: 'A wire story', kind: media, url: 'https://news.sitrep-stub.org/ok', archived: 'https://web.archive.org/web/20231121101500/https://news.sitrep-stub.org/ok', archivedOn: 2023-11-21 }",
      "  - { id: monitor, title: A monitor, kind: monitor, url: https://monitor.sitrep-stub.org/dead, archived: 'https://web.archive.org/web/20231121120000/https://monitor.sitrep-stub.org/dead', archivedOn: 2023-11-21 }",
      "    archived: 'https://web.archive.org/web/20231122000000/https://research.sitrep-stub.org/no-head'",
      '    archivedOn: 2023-11-22',
      "    archived: 'https://web.archive.org/web/20231123000000/https://slow.sitrep-stub.org/timeout'",
      '    archivedOn: 2023-11-23',
    ]);
    expect(after).toContain('    # The ministry\'s page; it has moved before.\n    url: https://statements.sitrep-stub.org/moved\n    description: >-\n      A folded description that runs over\n      two lines.\n    archived:');
    expect(after).toContain("    url: https://slow.sitrep-stub.org/timeout   # answers too late\n    archived: 'https://web.archive.org/web/20231123000000/https://slow.sitrep-stub.org/timeout'\n    archivedOn: 2023-11-23\n");
    expect(after).toContain("url: 'https://news.sitrep-stub.org/ok', archived: 'https://web.archive.org/web/20231121101500/https://news.sitrep-stub.org/ok', archivedOn: 2023-11-21 }");
    // Removing the added text gives back the file exactly.
    const stripped = after
      .replace(/\n {4}archived: '[^']+'\n {4}archivedOn: \d{4}-\d{2}-\d{2}/g, '')
      .replace(/, archived: '[^']+', archivedOn: \d{4}-\d{2}-\d{2} \}/g, ' }');
    expect(stripped).toBe(before);

    const report = checkReportSource(file, after).report!;
    expect(report.sources.find((s) => s.id === 'statement')).toMatchObject({ archived: 'https://web.archive.org/web/20231120093000/https://statements.sitrep-stub.org/moved', archivedOn: '2023-11-20' });
    expect(report.sources.find((s) => s.id === 'archived-already')?.archivedOn).toBe('2023-11-01');
  });

  it('continues where it stopped: a second run asks only for what is still missing', async () => {
    stub = await saveNow();
    const file = copy('resume');
    await archive(file, '--endpoint', stub.url);
    stub.requests.length = 0;
    const { out } = await archive(file, '--endpoint', stub.url);
    expect(out).toContain('6 already archived, 1 to archive');
    expect(stub.requests.map((r) => r.path)).toEqual(['/save/https://slow.sitrep-stub.org/server-error']);
  });

  it('says so, and changes nothing, when the archive cannot be reached', async () => {
    const file = copy('offline');
    const before = readFileSync(file, 'utf8');
    const { code, out } = await archive(file, '--endpoint', await closedPort());
    expect(code).toBe(1);
    expect(out).toContain('Could not reach the archive for 3:');
    expect(out).toContain('(connection refused)');
    expect(out).toMatch(/Stopped early: the archive could not be reached three times in a row \(http:\/\/127\.0\.0\.1:\d+\)\. 3 left; run 'npm run archive' again later/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('lists what it would archive with --dry-run, asking nothing', async () => {
    stub = await saveNow();
    const { code, out } = await archive(copy('dry'), '--endpoint', stub.url, '--dry-run');
    expect(code).toBe(0);
    expect(out.match(/would archive/g)).toHaveLength(6);
    expect(stub.requests).toEqual([]);
  });
});

describe('snapshotFrom()', () => {
  it('reads the snapshot URL and its day from a Save Page Now location', () => {
    expect(snapshotFrom('/web/20231120093000/https://a.org/x?y=1', 'https://web.archive.org')).toEqual({ snapshot: 'https://web.archive.org/web/20231120093000/https://a.org/x?y=1', archivedOn: '2023-11-20' });
    expect(snapshotFrom('http://127.0.0.1:9/web/20240102030405id_/https://a.org/', 'https://web.archive.org')?.snapshot).toBe('https://web.archive.org/web/20240102030405id_/https://a.org/');
    expect(snapshotFrom('/save/https://a.org/', 'https://web.archive.org')).toBeUndefined();
  });
});
