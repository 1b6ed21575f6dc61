/**
 * Marks the paragraphs a correction changed (`paragraph: N` in a correction points at `#p-N`): the
 * paragraph gets `data-corrected` and a small "Corrected" mark linking to its entry in the corrections
 * log. The mark is Sitrep's, not the author's (`data-marker`), so quote matching leaves it out.
 * Runs after rehype-paragraph-ids. A correction naming a paragraph that does not exist is reported.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { defaultLocale, t } from '../lib/i18n/catalogue.ts';
import { formatDate } from '../lib/i18n/format.ts';
import { correctedParagraphs, type CorrectionEntry } from '../lib/view/dates.ts';
import { reportOf, type SitrepPluginOptions } from './report-of-file.ts';

function mark(entries: CorrectionEntry[], locale: string): Element {
  const last = entries.at(-1)!;
  return h(
    'a.correction-mark',
    { href: `#${last.anchor}`, dataMarker: 'correction', title: t(locale, 'trust.mark.title', { date: formatDate(locale, last.date) }) },
    t(locale, 'trust.mark.label'),
  );
}

export function rehypeCorrections(options: SitrepPluginOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const report = reportOf(file, options)?.report;
    if (!report) return;
    const corrected = correctedParagraphs(report);
    if (corrected.size === 0) return;
    const locale = defaultLocale;
    const found = new Set<number>();
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const n = Number(node.properties['dataParagraph']);
      const entries = corrected.get(n);
      if (!entries) continue;
      found.add(n);
      node.properties['dataCorrected'] = entries.map((e) => e.anchor).join(' ');
      node.children.push({ type: 'text', value: ' ' }, mark(entries, locale));
    }
    for (const n of corrected.keys()) {
      if (!found.has(n)) file.message(`a correction points at paragraph ${n} (#p-${n}), which the article does not have`, undefined, 'sitrep:corrections');
    }
  };
}
