/** Checks every report file in a folder (Node only: reads the disk). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LoadOptions } from '../report/load.ts';
import { EMPTY_CONTEXT, type ReportContext } from '../schema/context.ts';
import { checkReportSource, type CheckResult } from './check-report.ts';

/** Report files (`*.mdx`, `*.md`) directly in `dir`, sorted. */
export function reportFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
    .sort()
    .map((name) => join(dir, name));
}

/** Results for each report in `dir`, with file paths relative to `cwd`. */
export function checkReportDir(dir: string, cwd = process.cwd(), context: ReportContext = EMPTY_CONTEXT, options: LoadOptions = {}): CheckResult[] {
  return reportFiles(dir).map((path) => checkReportSource(relative(cwd, path), readFileSync(path, 'utf8'), context, options));
}
