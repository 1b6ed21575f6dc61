/** Every `quote` in the data must stand in the article, word for word. */
import type { Report } from '../schema/report.ts';

export interface QuoteProblem {
  path: (string | number)[];
  message: string;
  fix: string;
}

/** Normalises what typography may change without changing the words: spaces, quote marks, dashes. */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Quotes in `report` that cannot be found in `body` (markup such as `:place[...]{#id}` is read as its text). */
export function checkQuotes(report: Report, body: string): QuoteProblem[] {
  const text = normaliseForQuote(plainText(body));
  const problems: QuoteProblem[] = [];
  for (const list of ['events', 'tallies', 'axes', 'shipments'] as const) {
    report[list].forEach((item, i) => {
      if (!item.quote) return;
      if (text.includes(normaliseForQuote(item.quote))) return;
      problems.push({
        path: [list, i, 'quote'],
        message: `quote of '${item.id}' is not in the article: "${item.quote.slice(0, 60)}${item.quote.length > 60 ? '…' : ''}"`,
        fix: 'copy the words from the article exactly, or remove the quote',
      });
    });
  }
  return problems;
}

/**
 * The author's readable text in an MDX body: editors' container blocks (`:::note` … `:::`) and
 * comments dropped, directive labels kept without their attributes, emphasis marks removed.
 */
export function plainText(body: string): string {
  return body
    .replace(/^:::[a-z-]+.*\n[\s\S]*?^:::[ \t]*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^::[a-z-]+(?:\[[^\]]*\])?(?:\{[^}]*\})?[ \t]*$/gm, '')
    .replace(/:{1,3}[a-z-]+\[([^\]]*)\](\{[^}]*\})?/g, '$1')
    .replace(/^:::.*$/gm, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/(\*\*|__|\*|_)(?=\S)([^*_]+?)\1/g, '$2');
}
