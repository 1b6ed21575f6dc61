/** Checks that read the article against the data: mentions coverage, `<Tally />` uses, hand-written figures. */
import type { Report } from '../schema/report.ts';
import { bodyPosition } from './body-text.ts';
import { checkCoverage } from './mentions-coverage.ts';
import { findPlaceholders } from './placeholders.ts';
import { formatPath, type Problem } from './problem.ts';
import { checkFigures, checkTallyUses } from './tally-figures.ts';

interface Located {
  body: string;
  bodyLine: number;
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/** Located problems of the article against `report` (parsed frontmatter of `file`). */
export function checkProse(file: string, report: Report, parsed: Located): Problem[] {
  const coverage = checkCoverage(report, parsed.body).map((c) => ({
    file,
    ...parsed.locate(c.path),
    path: formatPath(c.path),
    message: c.message,
    fix: c.fix,
    severity: 'warning' as const,
    rule: 'unmentioned',
  }));
  const body = [...checkTallyUses(report, parsed.body), ...checkFigures(report, parsed.body)].map((b) => ({
    file,
    ...bodyPosition(parsed.body, b.offset, parsed.bodyLine),
    path: formatPath(b.path),
    message: b.message,
    fix: b.fix,
    severity: b.severity,
    rule: b.rule,
  }));
  const placeholders = report.draft
    ? []
    : findPlaceholders(report, parsed.body).map((hit) => ({
        file,
        ...(hit.path ? parsed.locate(hit.path) : bodyPosition(parsed.body, hit.offset ?? 0, parsed.bodyLine)),
        path: hit.path ? formatPath(hit.path) : '',
        message: "the template's placeholder 'Replace me' is still here, and the report is not a draft",
        fix: 'replace it with the report\'s own text or data, or keep draft: true until it is ready',
        severity: 'error' as const,
        rule: 'placeholder',
      }));
  return [...coverage, ...body, ...placeholders];
}
