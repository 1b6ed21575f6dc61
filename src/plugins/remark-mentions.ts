/**
 * Mentions: names of the report's places and actors and the dates it names are found in
 * the prose and wrapped in links to their reference entries (never inside links, code,
 * headings or explicit references). Then every mention, automatic or explicit, gets its
 * id (`m-place-al-tanf-2`) in document order, and the counts go to the page through
 * `remarkPluginFrontmatter.sitrepMentions`.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { dateRefSpan } from '../lib/annotate/dates.ts';
import { mentionNode, type SitrepMention } from '../lib/annotate/mdast-nodes.ts';
import { wrapMatches } from '../lib/annotate/mdast-wrap.ts';
import { mentionHtmlId, refHtmlId, refKey, type MentionCounts } from '../lib/annotate/refs.ts';
import { annotatorFor } from '../lib/annotate/source-file.ts';

export function remarkMentions() {
  return (tree: Root, file: VFile): void => {
    const annotator = annotatorFor(file);
    if (annotator) {
      visit(tree, ['paragraph', 'tableCell'], (node) => {
        if (node.type !== 'paragraph' && node.type !== 'tableCell') return;
        wrapMatches(node, annotator.find, (match, children) => mentionNode(match.ref, children, 'auto'));
      });
    }
    const counts = number(tree);
    file.data['sitrepMentions'] = counts;
    const astro = file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
    if (astro?.frontmatter) astro.frontmatter['sitrepMentions'] = counts;
  };
}

function number(tree: Root): MentionCounts {
  const counts: MentionCounts = {};
  visit(tree, 'sitrepMention', (node: SitrepMention) => {
    const key = refKey(node.ref);
    const n = (counts[key] ?? 0) + 1;
    counts[key] = n;
    const span = node.ref.kind === 'date' ? dateRefSpan(node.ref.id) : undefined;
    node.data = {
      hName: 'a',
      hProperties: {
        href: `#${refHtmlId(node.ref)}`,
        id: mentionHtmlId(node.ref, n),
        className: ['mention', `mention-${node.ref.kind}`],
        dataRefKind: node.ref.kind,
        dataRefId: node.ref.id,
        dataMention: node.origin,
        dataDateStart: span?.start,
        dataDateEnd: span?.end,
      },
    };
  });
  return counts;
}
