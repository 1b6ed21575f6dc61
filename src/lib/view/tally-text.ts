/** The words `<Tally id part />` prints: a tally's figure (or one part's) taken from the data. */
import { formatNumber } from '../i18n/format.ts';
import type { Report } from '../schema/report.ts';
import { didYouMean } from '../text/did-you-mean.ts';
import { tallyFigure } from './summary.ts';

export interface TallyText {
  /** The number as readers see it, e.g. `46` or, with `qualified`, `at least 46`. */
  text: string;
  /** The bare number, for `<data value>`. */
  value: number;
}

/**
 * The figure of tally `id` (or of its part labelled `part`) in `report`, written for `locale` (the report's
 * language: the figure stands in its prose). Throws an Error naming `file`, the id and the closest id when the
 * tally or part does not exist.
 */
export function tallyText(report: Pick<Report, 'tallies'>, file: string, id: string | undefined, part?: string, qualified = false, locale = 'en'): TallyText {
  const problem = tallyUseProblem(report, id, part);
  if (problem) throw new Error(`${file}: ${problem.message} (${problem.fix})`);
  const tally = report.tallies.find((t) => t.id === id)!;
  if (part !== undefined) {
    const value = tally.breakdown.find((p) => p.label === part)!.value;
    return { text: formatNumber(locale, value), value };
  }
  return { text: qualified ? tallyFigure(tally, locale) : formatNumber(locale, tally.value), value: tally.value };
}

/** What is wrong with `<Tally id={id} part={part} />` in `report`, or undefined. Shared by the component, the check and the loader. */
export function tallyUseProblem(report: Pick<Report, 'tallies'>, id: string | undefined, part?: string): { message: string; fix: string } | undefined {
  const ids = report.tallies.map((t) => t.id);
  if (!id) return { message: '<Tally /> without an id', fix: `write <Tally id="..." /> with one of: ${ids.join(', ') || '(no tallies declared)'}` };
  const tally = report.tallies.find((t) => t.id === id);
  if (!tally) {
    const guess = didYouMean(id, ids);
    return { message: `<Tally id="${id}" /> names no tally of this report`, fix: `${guess ? `did you mean '${guess}'? ` : ''}declare it under tallies` };
  }
  if (part !== undefined && !tally.breakdown.some((p) => p.label === part)) {
    const labels = tally.breakdown.map((p) => p.label);
    const guess = didYouMean(part, labels);
    return {
      message: `tally '${id}' has no part '${part}'`,
      fix: guess ? `did you mean '${guess}'?` : `parts are: ${labels.join(', ') || '(none: add a breakdown)'}`,
    };
  }
  return undefined;
}
