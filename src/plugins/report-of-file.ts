/**
 * The report a file the plugins receive belongs to, read by the one loader (src/lib/report),
 * once per file. A host that has loaded the report already hands it over as
 * `file.data.sitrepReport`; otherwise the file's text is loaded: the vfile's own value when it
 * holds the frontmatter, else the file on disk (Astro's MDX pipeline blanks the frontmatter in
 * the value it hands to plugins, keeping positions).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import { createAnnotator, type Annotator } from '../lib/annotate/annotator.ts';
import { loadReportCached } from '../lib/report/load.ts';
import type { BodyMode } from '../lib/report/body-safety.ts';
import { EMPTY_CONTEXT, type ReportContext } from '../lib/schema/context.ts';
import type { Report } from '../lib/schema/report.ts';

/** What every Sitrep plugin takes: the context reports are read in, and how much MDX a body may use. */
export interface SitrepPluginOptions {
  context?: ReportContext | undefined;
  mdx?: BodyMode | undefined;
}

export interface FileReport {
  report: Report;
  annotator: Annotator;
}

declare module 'vfile' {
  interface DataMap {
    /** The validated report of this file, when the host has loaded it. */
    sitrepReport: Report;
    /** Set by reportOf: the report and its annotator (undefined when the frontmatter is not a valid report). */
    sitrepFileReport: FileReport | undefined;
    /** Mention counts, set by remark-mentions for whoever runs the pipeline (tests, tools). */
    sitrepMentions: Record<string, number>;
  }
}

const FENCE = /^---[ \t]*\r?\n/;

function textOf(file: VFile): string | undefined {
  const value = String(file.value ?? '');
  if (FENCE.test(value)) return value;
  if (file.path && existsSync(file.path)) return readFileSync(file.path, 'utf8');
  return undefined;
}

/** The report of `file` and its annotator, built once per file; undefined when it has no valid report (the check says why). */
export function reportOf(file: VFile, options: SitrepPluginOptions = {}): FileReport | undefined {
  if ('sitrepFileReport' in file.data) return file.data.sitrepFileReport;
  let report = file.data.sitrepReport;
  if (!report) {
    const text = textOf(file);
    report = text === undefined ? undefined : loadReportCached(file.path || 'report.mdx', text, options.context ?? EMPTY_CONTEXT, { mdx: options.mdx }).data;
  }
  const result = report ? { report, annotator: createAnnotator(report) } : undefined;
  file.data.sitrepFileReport = result;
  return result;
}
