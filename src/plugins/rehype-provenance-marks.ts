/**
 * Provenance as a small mark: the marker remark-provenance puts after an attributed claim ("According
 * to the Pentagon") becomes a button with an accessible name ("Source: official statement; confidence:
 * confirmed") showing a glyph for its confidence, and a popover beside it with the source, the
 * confidence and a link to the source's reference entry. The popover is HTML's own (`popovertarget`):
 * it opens without JavaScript and the page never jumps to the reference sections.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportOf, type SitrepPluginOptions } from './report-of-file.ts';
import { messagesFor } from '../lib/i18n/catalogue.ts';

/** A shape per confidence, so that colour is not the only cue. */
const GLYPH: Record<string, string> = { confirmed: '●', reported: '◐', claimed: '○', assessed: '◇' };

export function rehypeProvenanceMarks(options: SitrepPluginOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const report = reportOf(file, options)?.report;
    const m = messagesFor((report as { lang?: string } | undefined)?.lang ?? 'en');
    let n = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.properties['dataMarker'] !== 'provenance' || node.tagName !== 'a' || !parent || index === undefined) return;
      n += 1;
      const id = `prov-${n}`;
      const confidence = String(node.properties['dataConfidence'] ?? '').split(' ').filter(Boolean);
      const sources = String(node.properties['dataSources'] ?? '').split(' ').filter(Boolean);
      const kind = textOf(node).split(' · ')[0] ?? '';
      const titles = sources.map((s) => report?.sources.find((x) => x.id === s)?.title ?? s);
      const confidenceText = confidence.join(' / ');
      const mark = h('span', { className: ['provenance-mark'], dataMarker: 'provenance', dataConfidence: node.properties['dataConfidence'], dataSources: node.properties['dataSources'], dataItems: node.properties['dataItems'] }, [
        h(
          'button',
          { type: 'button', className: ['provenance', ...confidence.map((c) => `confidence-${c}`)], popoverTarget: id, ariaLabel: m('report.provenance.label', { kind, confidence: confidenceText }) },
          [h('span', { ariaHidden: 'true' }, GLYPH[confidence[0] ?? ''] ?? '●')],
        ),
        h('span', { id, popover: 'auto', className: ['provenance-pop'] }, [
          h('span', { className: ['pop-label'] }, m('report.provenance.title')),
          ...titles.map((title) => h('span', { className: ['pop-source'] }, `${title} (${kind})`)),
          h('span', { className: ['pop-confidence', ...confidence.map((c) => `confidence-${c}`)] }, m('report.provenance.confidence', { confidence: confidenceText })),
          h('a', { href: node.properties['href'], className: ['pop-more'] }, m('report.provenance.details')),
        ]),
      ]);
      parent.children[index] = mark as ElementContent;
    });
  };
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textOf).join('');
}
