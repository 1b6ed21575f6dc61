/** Text normalisers shared by the checks, the annotator and the plugins. */

/** Normalises what typography may change without changing the words: spaces, quote marks, dashes. */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
