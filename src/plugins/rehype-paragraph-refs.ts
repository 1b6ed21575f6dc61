/**
 * Tells each paragraph of the article which items of the data rest on its words: the events,
 * tallies and axes whose `quote` it holds, as `data-quotes="event:us-strikes-2023-10-26 …"`.
 * The linked views read it (the paragraph that speaks of an event; what the paragraph being read
 * is about), so no quote matching happens in the browser. Sitrep's own markers are not the author's
 * words and are left out of the text compared.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import { tallyElementText } from '../lib/report/rendered-text.ts';
import type { Report } from '../lib/schema/report.ts';
import { normaliseForQuote } from '../lib/text/normalise.ts';
import { reportOf, type SitrepPluginOptions } from './report-of-file.ts';

/** The lists whose items carry a quote, and the kind their refs have in the linked views. */
const KIND = { events: 'event', tallies: 'tally', axes: 'axis' } as const;

/** The author's words in `node` as rendered: a `<Tally>` is its figure; Sitrep's markers are left out. */
function authorText(node: ElementContent, report: Report): string {
  if (node.type === 'text') return node.value;
  const jsx = node as unknown as MdxJsxTextElement;
  if (jsx.type === 'mdxJsxTextElement') return jsx.name === 'Tally' ? tallyElementText(jsx, report) : (jsx.children as unknown as ElementContent[]).map((c) => authorText(c, report)).join('');
  if (node.type !== 'element' || node.properties['dataMarker'] !== undefined) return '';
  return node.children.map((c) => authorText(c, report)).join('');
}

export function rehypeParagraphRefs(options: SitrepPluginOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const report = reportOf(file, options)?.report;
    if (!report) return;
    const quoted = (Object.keys(KIND) as (keyof typeof KIND)[]).flatMap((list) =>
      report[list].flatMap((item) => (item.quote ? [{ key: `${KIND[list]}:${item.id}`, quote: normaliseForQuote(item.quote) }] : [])),
    );
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const paragraph: Element = node;
      const text = normaliseForQuote(paragraph.children.map((c) => authorText(c, report)).join(''));
      const keys = quoted.filter((q) => text.includes(q.quote)).map((q) => q.key);
      if (keys.length > 0) paragraph.properties['dataQuotes'] = keys.join(' ');
    }
  };
}
