/**
 * `npm run archive`: asks the Internet Archive's Save Page Now for a snapshot of every source that has
 * none, and writes each snapshot's URL (`archived`) and day (`archivedOn`) into the report, keeping the
 * file's formatting and comments (scripts/lib/source-files.ts).
 *
 * Polite: one request at a time, `--interval` seconds apart (10 by default); when the archive says to
 * slow down (429) it waits as asked (`Retry-After`, at most `--max-wait`) and, asked again, stops. Resumable:
 * each snapshot is written as soon as it is taken, and sources that have one are skipped, so running it
 * again continues where it stopped. It ends with a summary of what was archived, what failed, and what
 * could not be reached.
 *
 *   npm run archive                                  every report (and content/sources/ if present)
 *   npm run archive -- content/reports/x.mdx         one report
 *   npm run archive -- --dry-run                     list what would be archived
 *   npm run archive -- --endpoint http://127.0.0.1:9 --interval 0   (tests: a local stub)
 *
 * Options: --endpoint (or SITREP_ARCHIVE_ENDPOINT) where to send requests, https://web.archive.org by
 * default; --archive-origin the origin snapshot links are written with (https://web.archive.org);
 * --interval seconds between requests; --timeout seconds per request (120); --limit N sources at most.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isPlaceholderUrl } from '../src/lib/check/archives.ts';
import { contentFiles, DEFAULT_CONTENT, readSources, setSourceFields, type SourceEntry } from './lib/source-files.ts';

const USER_AGENT = 'Sitrep-archive/1.0 (asks the Wayback Machine to keep the sources of published reports)';

export type SnapshotResult =
  | { kind: 'archived'; snapshot: string; archivedOn: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'slow-down'; retryAfter: number };

/** `/web/20231120123456/https://…` → the snapshot URL on the public origin and its day, YYYY-MM-DD. */
export function snapshotFrom(location: string, archiveOrigin: string): { snapshot: string; archivedOn: string } | undefined {
  let url: URL;
  try {
    url = new URL(location, archiveOrigin);
  } catch {
    return undefined;
  }
  const match = /^\/web\/(\d{4})(\d{2})(\d{2})\d{0,8}(?:[a-z_]{2,3})?\//.exec(url.pathname);
  if (!match) return undefined;
  const publicUrl = new URL(`${url.pathname}${url.search}${url.hash}`, archiveOrigin);
  return { snapshot: publicUrl.href, archivedOn: `${match[1]}-${match[2]}-${match[3]}` };
}

/** One Save Page Now request for `url`. */
export async function requestSnapshot(url: string, options: { endpoint: string; archiveOrigin: string; timeoutMs: number }): Promise<SnapshotResult> {
  let response: Response;
  try {
    response = await fetch(`${options.endpoint.replace(/\/+$/, '')}/save/${url}`, {
      redirect: 'manual',
      headers: { 'user-agent': USER_AGENT },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${options.timeoutMs / 1000} s` : describeNetworkError(error);
    return { kind: 'unreachable', reason };
  }
  await response.body?.cancel();
  if (response.status === 429) {
    const seconds = Number(response.headers.get('retry-after') ?? 'NaN');
    return { kind: 'slow-down', retryAfter: Number.isFinite(seconds) && seconds >= 0 ? seconds : 60 };
  }
  const location = response.headers.get('location') ?? response.headers.get('content-location');
  const found = location ? snapshotFrom(location, options.archiveOrigin) : undefined;
  if (found && (response.status < 400)) return { kind: 'archived', ...found };
  return { kind: 'failed', reason: `the archive answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${location && !found ? ` with an unexpected location ${location}` : location ? '' : ' without a snapshot location'}` };
}

export function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  if (cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN') return 'the host name did not resolve (offline?)';
  if (cause?.code === 'ECONNRESET') return 'the connection was reset';
  return cause?.message ?? (error instanceof Error ? error.message : String(error));
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Outcome {
  entry: SourceEntry;
  result: SnapshotResult | { kind: 'write-failed'; reason: string };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      endpoint: { type: 'string', default: process.env['SITREP_ARCHIVE_ENDPOINT'] ?? 'https://web.archive.org' },
      'archive-origin': { type: 'string', default: 'https://web.archive.org' },
      interval: { type: 'string', default: '10' },
      timeout: { type: 'string', default: '120' },
      'max-wait': { type: 'string', default: '300' },
      limit: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const interval = Number(values.interval) * 1000;
  const timeoutMs = Number(values.timeout) * 1000;
  const maxWait = Number(values['max-wait']) * 1000;
  const files = contentFiles(positionals.length > 0 ? positionals : DEFAULT_CONTENT);
  const all = files.flatMap((file) => readSources(file, readFileSync(file, 'utf8')));
  const placeholders = all.filter((s) => s.url && !s.archived && isPlaceholderUrl(s.url));
  const todo = all.filter((s) => s.url && !s.archived && !isPlaceholderUrl(s.url)).slice(0, values.limit ? Number(values.limit) : undefined);
  const already = all.filter((s) => s.archived).length;

  console.log(`${all.length} sources in ${files.length} file${files.length === 1 ? '' : 's'}: ${already} already archived, ${todo.length} to archive${placeholders.length ? `, ${placeholders.length} placeholder URL${placeholders.length === 1 ? '' : 's'} skipped` : ''}.`);
  if (values['dry-run']) {
    for (const s of todo) console.log(`  would archive  ${s.file}:${s.line}  ${s.id}  ${s.url}`);
    return 0;
  }

  const outcomes: Outcome[] = [];
  let stopped: string | undefined;
  for (const [i, entry] of todo.entries()) {
    if (i > 0 && interval > 0) await sleep(interval);
    let result = await requestSnapshot(entry.url!, { endpoint: values.endpoint, archiveOrigin: values['archive-origin'], timeoutMs });
    if (result.kind === 'slow-down') {
      const wait = Math.min(result.retryAfter * 1000, maxWait);
      console.log(`  the archive asks us to slow down; waiting ${Math.round(wait / 1000)} s`);
      await sleep(wait);
      result = await requestSnapshot(entry.url!, { endpoint: values.endpoint, archiveOrigin: values['archive-origin'], timeoutMs });
      if (result.kind === 'slow-down') {
        stopped = 'the archive asked us to slow down twice';
        break;
      }
    }
    if (result.kind === 'archived') {
      try {
        const text = readFileSync(entry.file, 'utf8');
        const next = setSourceFields(entry.file, text, entry.id, { archived: result.snapshot, archivedOn: result.archivedOn });
        writeFileSync(`${entry.file}.archive-tmp`, next);
        renameSync(`${entry.file}.archive-tmp`, entry.file);
        console.log(`  archived  ${entry.id}  ${result.snapshot}`);
      } catch (error) {
        outcomes.push({ entry, result: { kind: 'write-failed', reason: error instanceof Error ? error.message : String(error) } });
        continue;
      }
    } else console.log(`  ${result.kind === 'failed' ? 'failed' : 'unreachable'}  ${entry.id}  ${entry.url}  (${result.reason})`);
    outcomes.push({ entry, result });
    const unreachable = outcomes.slice(-3);
    if (unreachable.length === 3 && unreachable.every((o) => o.result.kind === 'unreachable')) {
      stopped = `the archive could not be reached three times in a row (${values.endpoint})`;
      break;
    }
  }

  const of = (kind: string) => outcomes.filter((o) => o.result.kind === kind);
  const line = (o: Outcome) => `  ${o.entry.file}:${o.entry.line}  ${o.entry.id}  ${o.entry.url}${'reason' in o.result ? `  (${o.result.reason})` : ''}`;
  const archived = of('archived');
  const failed = [...of('failed'), ...of('write-failed')];
  const unreachable = of('unreachable');
  const left = todo.length - outcomes.length;
  console.log('');
  console.log(`Archived ${archived.length} of ${todo.length} source${todo.length === 1 ? '' : 's'} without an archived copy.`);
  if (failed.length > 0) console.log([`Could not archive ${failed.length}:`, ...failed.map(line)].join('\n'));
  if (unreachable.length > 0) console.log([`Could not reach the archive for ${unreachable.length}:`, ...unreachable.map(line)].join('\n'));
  if (stopped) console.log(`Stopped early: ${stopped}. ${left} left; run 'npm run archive' again later to continue (archived sources are skipped).`);
  return failed.length + unreachable.length > 0 || stopped ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main();
