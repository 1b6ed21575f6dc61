/**
 * `npm run links` against a stub web on 127.0.0.1 (never the network): each source URL and archived copy
 * classified (fine, moved, dead, unsure, could not be reached), located in the file, and summarised.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLink } from '../../../scripts/links.ts';
import { closedPort, startStub, type Stub } from '../../helpers/trust-stub.ts';

const FIXTURE = 'tests/fixtures/reports/trust-sources/report.mdx';
const run = promisify(execFile);
const SLOW = 120_000;
let stub: Stub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

async function links(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, ['scripts/links.ts', '--timeout', '2', ...args, FIXTURE], { encoding: 'utf8' });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** The fixture's hosts as the stub plays them (requests arrive as `/<url>`). */
function web(): Promise<Stub> {
  return startStub((url, req, res) => {
    const path = new URL(url).pathname;
    if (url.startsWith('https://web.archive.org/')) return void res.writeHead(200).end();
    if (path === '/moved') return void res.writeHead(301, { location: '/new-home' }).end();
    if (path === '/new-home') return void res.writeHead(200).end();
    if (path === '/ok') return void res.writeHead(200).end();
    if (path === '/dead') return void res.writeHead(404, 'Not Found').end();
    if (path === '/temporary') return void res.writeHead(302, { location: 'https://news.sitrep-stub.org/ok' }).end();
    if (path === '/no-head') return void res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    if (path === '/server-error') return void res.writeHead(503, 'Service Unavailable').end();
    if (path === '/timeout') return void setTimeout(() => res.writeHead(200).end(), 6_000);
    res.writeHead(500).end();
  });
}

describe('npm run links', { timeout: SLOW }, () => {
  it('reports the dead, the moved, the unsure and the unreachable, each at its place in the file', async () => {
    stub = await web();
    const { code, out } = await links('--endpoint', stub.url);
    expect(code).toBe(1);
    expect(out).toContain('Checking 8 URLs of 9 sources in 1 file (1 placeholder URL skipped)…');
    const lines = out.split('\n').filter((l) => l.startsWith(FIXTURE)).map((l) => l.replace(/ +/g, ' '));
    expect(lines).toEqual([
      `${FIXTURE}:74:10 moved statement https://statements.sitrep-stub.org/moved → https://statements.sitrep-stub.org/new-home (update the url, after checking it is the same document)`,
      `${FIXTURE}:82:58 dead monitor https://monitor.sitrep-stub.org/dead (404 Not Found; find where it went, or link an archived copy)`,
      `${FIXTURE}:96:10 unsure failing https://slow.sitrep-stub.org/server-error (503 Service Unavailable: the server refused or failed; check it in a browser)`,
      `${FIXTURE}:100:10 unreachable slow https://slow.sitrep-stub.org/timeout (no answer within 2 s)`,
    ]);
    expect(out).toContain('8 checked: 4 fine, 1 moved, 1 dead, 1 unsure, 1 could not be reached.');
    // HEAD first; GET only where HEAD was refused; the archived copy is checked too.
    const asked = stub.requests.map((r) => `${r.method} ${r.path}`);
    expect(asked).toContain('HEAD /https://research.sitrep-stub.org/no-head');
    expect(asked).toContain('GET /https://research.sitrep-stub.org/no-head');
    expect(asked).not.toContain('GET /https://news.sitrep-stub.org/ok');
    expect(asked).toContain('HEAD /https://web.archive.org/web/20231101000000/https://news.sitrep-stub.org/temporary');
  });

  it('says when nothing could be reached rather than calling the links dead', async () => {
    const { code, out } = await links('--endpoint', await closedPort());
    expect(code).toBe(1);
    expect(out).toContain('8 checked: 0 fine, 0 moved, 0 dead, 0 unsure, 8 could not be reached. Nothing could be reached: is this machine offline?');
    expect(out).toContain('(connection refused)');
  });
});

describe('checkLink()', { timeout: SLOW }, () => {
  it('tells a permanent move from a temporary redirect', async () => {
    stub = await web();
    const options = { endpoint: stub.url, timeoutMs: 5_000 };
    expect(await checkLink('https://a.sitrep-stub.org/moved', options)).toEqual({ kind: 'moved', status: 200, to: 'https://a.sitrep-stub.org/new-home' });
    expect(await checkLink('https://news.sitrep-stub.org/temporary', options)).toEqual({ kind: 'ok', status: 200, via: ['https://news.sitrep-stub.org/temporary'] });
  });
});
