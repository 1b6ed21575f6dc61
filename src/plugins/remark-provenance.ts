/**
 * Provenance markers: after an attributed claim's phrase ("According to the Pentagon"),
 * a small visible marker (`data-marker="provenance"`) names the kind of source and the
 * confidence the data gives the claims it covers, and links to the source's entry.
 * A phrase whose claims are not in the data gets no marker, and a warning.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { readText } from '../lib/annotate/mdast-wrap.ts';
import type { SitrepMarker } from '../lib/annotate/mdast-nodes.ts';
import { findAttributions, type Attribution } from '../lib/annotate/provenance.ts';
import { refHtmlId } from '../lib/annotate/refs.ts';
import { annotatorFor } from '../lib/annotate/source-file.ts';
import type { Report } from '../lib/schema/report.ts';

const KIND_LABEL: Record<string, string> = {
  'official-statement': 'official statement',
  monitor: 'monitor',
  confidential: 'confidential source',
  media: 'media',
  research: 'research',
  gazetteer: 'gazetteer',
  dataset: 'dataset',
};

export function remarkProvenance() {
  return (tree: Root, file: VFile): void => {
    const report = annotatorFor(file)?.report;
    if (!report) return;
    visit(tree, 'paragraph', (paragraph: Paragraph) => {
      const text = paragraph.children.map(readText).join('');
      for (const attribution of findAttributions(text, report).reverse()) {
        if (attribution.sources.length === 0) {
          file.message(`"${attribution.phrase}" attributes a claim, but no event or tally quotes it: no source marker`, { place: paragraph.position, ruleId: 'unsourced-attribution', source: 'sitrep' });
          continue;
        }
        insertAt(paragraph.children, attribution.end, marker(attribution, report));
      }
    });
  };
}

function marker(a: Attribution, report: Report): SitrepMarker {
  const sources = a.sources.map((id) => report.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  const kinds = [...new Set(sources.map((s) => KIND_LABEL[s.kind] ?? s.kind))];
  const label = `${kinds.join(' + ')} · ${a.confidence.join(' / ')}`;
  const first = a.sources[0] ?? '';
  return {
    type: 'sitrepMarker',
    children: [{ type: 'text', value: label }],
    data: {
      hName: 'a',
      hProperties: {
        href: `#${refHtmlId({ kind: 'source', id: first })}`,
        className: ['provenance', ...a.confidence.map((c) => `confidence-${c}`)],
        dataMarker: 'provenance',
        dataConfidence: a.confidence.join(' '),
        dataSources: a.sources.join(' '),
        dataItems: a.items.join(' '),
        title: `Source: ${sources.map((s) => s.title).join('; ')}. Confidence in the data: ${a.confidence.join(', ')}.`,
      },
    },
  };
}

/** Inserts `node` at text offset `offset` of `children` (after the child it falls in, when that is not plain text). */
function insertAt(children: PhrasingContent[], offset: number, node: PhrasingContent): void {
  let at = 0;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (!child) continue;
    const length = readText(child).length;
    if (offset <= at + length) {
      if (child.type === 'text' && offset < at + length) {
        const cut = offset - at;
        children.splice(i, 1, { type: 'text', value: child.value.slice(0, cut) }, node, { type: 'text', value: child.value.slice(cut) });
      } else children.splice(i + 1, 0, node);
      return;
    }
    at += length;
  }
  children.push(node);
}
