/**
 * Checks that read the article against the data: `<Tally />` uses, hand-written figures, and
 * template placeholders left in a report that is not a draft. (Places and actors the text never
 * mentions are checked with the annotations, annotations.ts.)
 */
import type { TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { LoadedReport } from '../report/load.ts';
import type { TextBlock } from '../report/rendered-text.ts';
import type { Report } from '../schema/report.ts';
import { findPlaceholders } from './placeholders.ts';
import { formatPath, type Problem } from './problem.ts';
import { checkFigures, checkTallyUses, type BodyProblem } from './tally-figures.ts';

/** 1-based line and column of a file offset. */
function position(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Located problems of the article against `report` (the validated data of `loaded`). */
export function checkProse(file: string, report: Report, loaded: Pick<LoadedReport, 'source' | 'tree' | 'locate'>, blocks: readonly TextBlock[]): Problem[] {
  const located = (b: BodyProblem, offset: number): Problem => ({ file, ...position(loaded.source, offset), path: formatPath(b.path), message: b.message, fix: b.fix, severity: b.severity, rule: b.rule });
  const uses = checkTallyUses(report, loaded.tree).map((b) => located(b, b.offset));
  // :nofigure[…]{reason="…"}: the editor says the number in it is not a tally (and why).
  const silenced: [number, number][] = [];
  const reasonless: Problem[] = [];
  visit(loaded.tree, 'textDirective', (node: TextDirective) => {
    if (node.name !== 'nofigure') return;
    const start = node.position?.start.offset ?? 0;
    silenced.push([start, node.position?.end.offset ?? start]);
    if (!node.attributes?.['reason']?.trim()) {
      reasonless.push({ file, ...position(loaded.source, start), path: '', message: ':nofigure without a reason: say why the number is not a figure of the data', fix: 'write :nofigure[the words]{reason="a unit\'s name, not a count"}', severity: 'error', rule: 'nofigure' });
    }
  });
  const figures = blocks
    .flatMap((block) => checkFigures(report, block.text).map((b) => ({ b, offset: block.offsetOf(b.offset) })))
    .filter(({ offset }) => !silenced.some(([from, to]) => offset >= from && offset < to))
    .map(({ b, offset }) => located(b, offset));
  const placeholders = report.draft
    ? []
    : findPlaceholders(report, blocks).map((hit) => ({
        file,
        ...(hit.path ? loaded.locate(hit.path) : position(loaded.source, hit.offset ?? 0)),
        path: hit.path ? formatPath(hit.path) : '',
        message: "the template's placeholder 'Replace me' is still here, and the report is not a draft",
        fix: 'replace it with the report\'s own text or data, or keep draft: true until it is ready',
        severity: 'error' as const,
        rule: 'placeholder',
      }));
  return [...uses, ...figures, ...reasonless, ...placeholders];
}
