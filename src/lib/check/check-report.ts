/** Validates one report file: YAML, schema, cross-references, the body's safety, quotes and the prose against the data, all at once. */
import { loadReport, reportBlocks, type LoadedReport, type LoadOptions } from '../report/load.ts';
import { authorText } from '../report/rendered-text.ts';
import { EMPTY_CONTEXT, type ReportContext } from '../schema/context.ts';
import type { Report as ReportData } from '../schema/report.ts';
import { checkAnnotations } from './annotations.ts';
import { checkCoordinates } from './coordinates.ts';
import { checkSourcing } from './sources.ts';
import { formatPath, type Problem } from './problem.ts';
import { checkProse } from './prose.ts';
import { checkQuotes } from './quotes.ts';

export interface CheckResult {
  file: string;
  problems: Problem[];
  /** The parsed report, when it has no errors. */
  report?: ReportData | undefined;
  /** The report as loaded (frontmatter, data, body tree). */
  loaded: LoadedReport;
}

/** Every problem of a loaded report: what loading found, then the body read against the data. */
export function checkLoaded(loaded: LoadedReport): CheckResult {
  const { file, data } = loaded;
  const problems = [...loaded.problems];
  if (data !== undefined) {
    const blocks = reportBlocks(loaded);
    problems.push(...checkQuotes(data, authorText(blocks)).map((q) => ({ file, ...loaded.locate(q.path), path: formatPath(q.path), message: q.message, fix: q.fix, severity: 'error' as const, rule: 'quote' })));
    problems.push(...checkAnnotations(file, data, loaded.tree, blocks, loaded.locate));
    problems.push(...checkProse(file, data, loaded, blocks));
    problems.push(...checkCoordinates(file, data.places, loaded.locate));
    problems.push(...checkSourcing(file, data, loaded.locate));
  }
  const ok = data !== undefined && !problems.some((p) => p.severity === 'error');
  return { file, problems, report: ok ? data : undefined, loaded };
}

/** Every problem in `source`, the text of `file`. Never throws on bad content. */
export function checkReportSource(file: string, source: string, context: ReportContext = EMPTY_CONTEXT, options: LoadOptions = {}): CheckResult {
  return checkLoaded(loadReport(file, source, context, options));
}
