/**
 * Tells each paragraph of the article which items of the data rest on its words: the events,
 * tallies and axes whose `quote` it holds, as `data-quotes="event:us-strikes-2023-10-26 …"`.
 * The linked views read it (the paragraph that speaks of an event; what the paragraph being read
 * is about), so no quote matching happens in the browser. Sitrep's own markers are not the author's
 * words and are left out of the text compared.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { annotatorFor } from '../lib/annotate/source-file.ts';
import { normaliseForQuote } from '../lib/check/quotes.ts';

/** The lists whose items carry a quote, and the kind their refs have in the linked views. */
const KIND = { events: 'event', tallies: 'tally', axes: 'axis' } as const;

function authorText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || node.properties['dataMarker'] !== undefined) return '';
  return node.children.map(authorText).join('');
}

export function rehypeParagraphRefs() {
  return (tree: Root, file: VFile): void => {
    const report = annotatorFor(file)?.report;
    if (!report) return;
    const quoted = (Object.keys(KIND) as (keyof typeof KIND)[]).flatMap((list) =>
      report[list].flatMap((item) => (item.quote ? [{ key: `${KIND[list]}:${item.id}`, quote: normaliseForQuote(item.quote) }] : [])),
    );
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const paragraph: Element = node;
      const text = normaliseForQuote(paragraph.children.map(authorText).join(''));
      const keys = quoted.filter((q) => text.includes(q.quote)).map((q) => q.key);
      if (keys.length > 0) paragraph.properties['dataQuotes'] = keys.join(' ');
    }
  };
}
