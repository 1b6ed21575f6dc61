/** Checks that read the article against the data: mentions coverage, `<Tally />` uses, hand-written figures. */
import type { Report } from '../schema/report.ts';
import { bodyPosition } from './body-text.ts';
import { checkCoverage } from './mentions-coverage.ts';
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
  return [...coverage, ...body];
}
