/**
 * `npm run links`: checks every source URL of the reports (and their archived copies), and reports the
 * dead and the moved ones at their place in the file. A HEAD request first, a GET when the server
 * refuses HEAD; redirects followed one by one (at most 8), so a permanent move is told from a temporary
 * one; a timeout per request. What could not be reached (offline, refused, timed out) is said apart
 * from what is dead: a link that could not be checked is not called broken.
 *
 *   npm run links                              every report (and content/sources/ if present)
 *   npm run links -- content/reports/x.mdx     one report
 *   npm run links -- --endpoint http://127.0.0.1:9   send every request through a local stub (tests)
 *
 * Options: --endpoint (or SITREP_LINKS_ENDPOINT): requests go to `<endpoint>/<url>` instead of the URL
 * itself (the stub answers for every host); --timeout seconds per request (15); --concurrency (4; one
 * request at a time per host). Exit code 1 when a link is dead or could not be checked.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isPlaceholderUrl } from '../src/lib/check/archives.ts';
import { describeNetworkError } from './archive.ts';
import { contentFiles, DEFAULT_CONTENT, readSources, type SourceEntry } from './lib/source-files.ts';

const USER_AGENT = 'Mozilla/5.0 (compatible; Sitrep-links/1.0; checks the sources of published reports)';
const MAX_REDIRECTS = 8;

export type LinkStatus =
  /** Answers 2xx, directly or after temporary redirects. */
  | { kind: 'ok'; status: number; via: string[] }
  /** Moved for good (301, 308) to a URL that answers. */
  | { kind: 'moved'; status: number; to: string }
  /** Gone, not found, or any other client error. */
  | { kind: 'dead'; status: number; statusText: string }
  /** A server error (5xx) or a refusal to a checker (401, 403, 429): it may work in a browser. */
  | { kind: 'unsure'; status: number; statusText: string }
  /** No answer: the host could not be reached. */
  | { kind: 'unreachable'; reason: string };

export interface CheckOptions {
  endpoint?: string | undefined;
  timeoutMs: number;
}

async function request(url: string, method: 'HEAD' | 'GET', options: CheckOptions): Promise<Response> {
  const target = options.endpoint ? `${options.endpoint.replace(/\/+$/, '')}/${url}` : url;
  const response = await fetch(target, { method, redirect: 'manual', headers: { 'user-agent': USER_AGENT, accept: '*/*' }, signal: AbortSignal.timeout(options.timeoutMs) });
  await response.body?.cancel();
  return response;
}

/** Checks one URL: HEAD, then GET where HEAD is refused or not allowed; follows redirects by hand. */
export async function checkLink(url: string, options: CheckOptions): Promise<LinkStatus> {
  let current = url;
  let permanent = true;
  const via: string[] = [];
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let response: Response;
    try {
      response = await request(current, 'HEAD', options);
      if ([400, 403, 404, 405, 406, 501].includes(response.status)) response = await request(current, 'GET', options);
    } catch (error) {
      const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${options.timeoutMs / 1000} s` : describeNetworkError(error);
      return { kind: 'unreachable', reason: via.length ? `${reason} (after a redirect to ${current})` : reason };
    }
    const { status, statusText } = response;
    const location = response.headers.get('location');
    if (status >= 300 && status < 400 && location) {
      permanent &&= status === 301 || status === 308;
      via.push(current);
      current = new URL(location, current).href;
      continue;
    }
    if (status >= 200 && status < 300) return via.length > 0 && permanent ? { kind: 'moved', status, to: current } : { kind: 'ok', status, via };
    if (status >= 500 || status === 401 || status === 403 || status === 429) return { kind: 'unsure', status, statusText };
    return { kind: 'dead', status, statusText };
  }
  return { kind: 'unreachable', reason: `more than ${MAX_REDIRECTS} redirects (a loop?) from ${url}` };
}

interface Checked {
  entry: SourceEntry;
  url: string;
  which: 'url' | 'archived';
  status: LinkStatus;
}

/** Runs the checks, `concurrency` at a time and one at a time per host. */
export async function checkAll(items: { entry: SourceEntry; url: string; which: 'url' | 'archived' }[], options: CheckOptions & { concurrency: number }): Promise<Checked[]> {
  const byHost = new Map<string, typeof items>();
  for (const item of items) {
    const host = new URL(item.url).host;
    byHost.set(host, [...(byHost.get(host) ?? []), item]);
  }
  const queues = [...byHost.values()];
  const results: Checked[] = [];
  const cache = new Map<string, Promise<LinkStatus>>();
  const worker = async () => {
    for (let queue = queues.shift(); queue; queue = queues.shift()) {
      for (const item of queue) {
        if (!cache.has(item.url)) cache.set(item.url, checkLink(item.url, options));
        results.push({ ...item, status: await cache.get(item.url)! });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  return results.sort((a, b) => a.entry.file.localeCompare(b.entry.file) || a.entry.line - b.entry.line || a.which.localeCompare(b.which) * -1);
}

function describe(c: Checked): string {
  const where = `${c.entry.file}:${c.entry.line}:${c.entry.column}`;
  const what = `${c.entry.id}${c.which === 'archived' ? ' (archived copy)' : ''}`;
  const s = c.status;
  switch (s.kind) {
    case 'moved':
      return `${where}  moved        ${what}  ${c.url} → ${s.to}  (update the url, after checking it is the same document)`;
    case 'dead':
      return `${where}  dead         ${what}  ${c.url}  (${s.status}${s.statusText ? ` ${s.statusText}` : ''}; ${c.which === 'url' && c.entry.archived ? 'readers still have the archived copy' : 'find where it went, or link an archived copy'})`;
    case 'unsure':
      return `${where}  unsure       ${what}  ${c.url}  (${s.status}${s.statusText ? ` ${s.statusText}` : ''}: the server refused or failed; check it in a browser)`;
    case 'unreachable':
      return `${where}  unreachable  ${what}  ${c.url}  (${s.reason})`;
    default:
      return `${where}  ok           ${what}  ${c.url}`;
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      endpoint: { type: 'string', default: process.env['SITREP_LINKS_ENDPOINT'] },
      timeout: { type: 'string', default: '15' },
      concurrency: { type: 'string', default: '4' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const files = contentFiles(positionals.length > 0 ? positionals : DEFAULT_CONTENT);
  const sources = files.flatMap((file) => readSources(file, readFileSync(file, 'utf8')));
  const items = sources.flatMap((entry) => [
    ...(entry.url && !isPlaceholderUrl(entry.url) ? [{ entry, url: entry.url, which: 'url' as const }] : []),
    ...(entry.archived ? [{ entry, url: entry.archived, which: 'archived' as const }] : []),
  ]);
  const skipped = sources.filter((s) => s.url && isPlaceholderUrl(s.url)).length;
  console.log(`Checking ${items.length} URL${items.length === 1 ? '' : 's'} of ${sources.length} sources in ${files.length} file${files.length === 1 ? '' : 's'}${skipped ? ` (${skipped} placeholder URL${skipped === 1 ? '' : 's'} skipped)` : ''}…`);
  const results = await checkAll(items, { endpoint: values.endpoint, timeoutMs: Number(values.timeout) * 1000, concurrency: Number(values.concurrency) });
  const count = (kind: LinkStatus['kind']) => results.filter((r) => r.status.kind === kind).length;
  for (const r of results) if (values.verbose || r.status.kind !== 'ok') console.log(describe(r));
  const unreachable = count('unreachable');
  console.log(
    `\n${results.length} checked: ${count('ok')} fine, ${count('moved')} moved, ${count('dead')} dead, ${count('unsure')} unsure, ${unreachable} could not be reached.` +
      (unreachable === results.length && results.length > 0 ? ' Nothing could be reached: is this machine offline?' : ''),
  );
  return count('dead') + unreachable > 0 ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main();
