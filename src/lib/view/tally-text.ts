/** The words `<Tally id part />` prints: a tally's figure (or one part's) taken from the data. */
import { tallyUseProblem } from '../check/tally-figures.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Report } from '../schema/report.ts';
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
