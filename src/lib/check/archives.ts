/**
 * Sources that survive: a source with a URL should carry an archived copy (`archived`, with `archivedOn`),
 * so a reader can still read it when the original moves or dies. `npm run check` reports it: a warning by
 * default; an error under `npm run check -- --strict` when the site asks for it (`SITREP_REQUIRE_ARCHIVES=1`).
 * The build does not repeat it (archiving is the editors' step before publishing, not the build's).
 */
import type { Source } from '../schema/source.ts';
import type { CheckResult } from './check-report.ts';
import { formatPath, type Problem, type Severity } from './problem.ts';

type Locate = (path: readonly PropertyKey[]) => { line: number; column: number };

/**
 * How a missing archived copy counts: an error only when the site requires archives
 * (`"requireArchives": true` in sitrep.config.json) and the check runs with `--strict`.
 */
export function archiveSeverity(required: boolean, strict: boolean): Severity {
  return required && strict ? 'error' : 'warning';
}

/**
 * A placeholder that cannot be archived: reserved example domains (RFC 2606 and RFC 6761: `example.org`,
 * `*.test`, `*.invalid`, `localhost`), as in `npm run new`'s template and synthetic fixtures.
 */
export function isPlaceholderUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return true;
  }
  return /(^|\.)example\.(org|com|net)$/.test(host) || /\.(test|invalid|example|localhost)$/.test(host) || host === 'localhost';
}

/** The archive problems of one checked report file; none until it has no errors. */
export function checkArchivesOf(result: CheckResult, severity: Severity = 'warning'): Problem[] {
  if (!result.report) return [];
  return checkArchives(result.file, result.report, result.loaded.locate, severity);
}

/** A problem for each source with a URL but no archived copy, and for an `archivedOn` with no copy. */
export function checkArchives(file: string, report: { sources: readonly Source[] }, locate: Locate, severity: Severity = 'warning'): Problem[] {
  const problems: Problem[] = [];
  report.sources.forEach((source, i) => {
    if (source.url && !source.archived && !isPlaceholderUrl(source.url)) {
      const path = ['sources', i, 'url'];
      problems.push({
        file,
        ...locate(path),
        path: formatPath(path),
        message: `source '${source.id}' has no archived copy of ${source.url}`,
        fix: "run 'npm run archive' to ask the Internet Archive for one, or add archived: <snapshot URL> and archivedOn: YYYY-MM-DD",
        severity,
        rule: 'archive',
      });
    }
    if (source.archivedOn && !source.archived) {
      const path = ['sources', i, 'archivedOn'];
      problems.push({
        file,
        ...locate(path),
        path: formatPath(path),
        message: `source '${source.id}' has archivedOn but no archived URL`,
        fix: 'add archived: <snapshot URL>, or remove archivedOn',
        severity: 'warning',
        rule: 'archive',
      });
    }
  });
  return problems;
}
