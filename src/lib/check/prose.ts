/**
 * Checks that read the article against the data: `<Tally />` uses, hand-written figures, and
 * template placeholders left in a report that is not a draft. (Places and actors the text never
 * mentions are checked by the annotate checks, src/lib/check/annotations.ts on main.)
 */
import type { Report } from '../schema/report.ts';
import { bodyPosition } from './body-text.ts';
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
  return [...body, ...placeholders];
}
