/** Every `quote` in the data must stand in the article, word for word (as rendered: a `<Tally>` reads as its figure). */
import type { Report } from '../schema/report.ts';
import { normaliseForQuote } from '../text/normalise.ts';

export interface QuoteProblem {
  path: (string | number)[];
  message: string;
  fix: string;
}

/** Quotes in `report` that cannot be found in `text`, the article's text as readers see it. */
export function checkQuotes(report: Report, text: string): QuoteProblem[] {
  const normal = normaliseForQuote(text);
  const problems: QuoteProblem[] = [];
  for (const list of ['events', 'tallies', 'axes', 'shipments'] as const) {
    report[list].forEach((item, i) => {
      if (!item.quote) return;
      if (normal.includes(normaliseForQuote(item.quote))) return;
      problems.push({
        path: [list, i, 'quote'],
        message: `quote of '${item.id}' is not in the article: "${item.quote.slice(0, 60)}${item.quote.length > 60 ? '…' : ''}"`,
        fix: 'copy the words from the article exactly, or remove the quote',
      });
    });
  }
  return problems;
}
