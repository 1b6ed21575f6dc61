/**
 * A Pagefind excerpt as text parts: Pagefind escapes `<` and `>` in the page's text and wraps matched words
 * in `<mark>`; this splits at those tags and unescapes the rest, so the caller builds text nodes and no
 * content is ever parsed as HTML.
 */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export function splitExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>'), marked });
  }
  return parts;
}
