/**
 * Back-links from a reference entry to the text: once per paragraph, to the one mention there that is a
 * link (the first of each name in a paragraph; every mention with `mentions: all`), labelled by paragraph
 * number (`¶ 3`, `note ¶ 5`). Computed from the report's body with the same annotation steps as the site's
 * plugins (src/lib/annotate/pipeline.ts), so the reference sections and the article agree by construction;
 * src/plugins/rehype-first-mentions.ts applies the same rule to the rendered article.
 */
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { createAnnotator } from '../annotate/annotator.ts';
import type { SitrepMention } from '../annotate/mdast-nodes.ts';
import { markProvenance, numberMentions, resolveExplicitRefs, wrapMentions } from '../annotate/pipeline.ts';
import { parseBody } from '../report/mdx.ts';
import type { Report } from '../schema/report.ts';
import { refKey } from '../view/refs.ts';

export interface LinkedMention {
  /** The mention's element id (`m-place-al-tanf-2`). */
  id: string;
  /** The paragraph it stands in (`p-3`), or the paragraph an editors' note is on. */
  paragraph: string;
  /** Whether it stands in an editors' note. */
  note: boolean;
}

/** For each `kind:id`, its linked mentions in reading order. */
export type Backlinks = Record<string, LinkedMention[]>;

export interface Backlink {
  href: string;
  /** The paragraph number, e.g. `3`. */
  number: string;
  note: boolean;
}

/** The linked mentions of an annotated body tree (mentions numbered): the first of each name per block. */
export function linkedMentions(tree: Root, all = false): Backlinks {
  const out: Backlinks = {};
  let paragraphs = 0;
  const block = (node: RootContent, note: boolean): void => {
    const seen = new Set<string>();
    visit(node, 'sitrepMention', (mention: SitrepMention) => {
      const key = refKey(mention.ref);
      if (seen.has(key) && !all) return;
      seen.add(key);
      const id = String((mention.data?.hProperties as { id?: string } | undefined)?.id ?? '');
      (out[key] ??= []).push({ id, paragraph: `p-${paragraphs}`, note });
    });
  };
  for (const node of tree.children) {
    if (node.type === 'paragraph') paragraphs += 1;
    if (node.type === 'containerDirective' && node.name === 'note') for (const child of node.children) block(child, true);
    else block(node, false);
  }
  return out;
}

/** The linked mentions of a report's body, as the site renders it. */
export function bodyBacklinks(report: Report, body: string): Backlinks {
  const tree = parseBody('body.mdx', body, 0).tree;
  resolveExplicitRefs(tree, report, body);
  markProvenance(tree, report);
  wrapMentions(tree, createAnnotator(report));
  numberMentions(tree);
  return linkedMentions(tree, report.mentions === 'all');
}

/** The back-links of one item, one per paragraph (or note), in reading order. */
export function backlinksOf(backlinks: Backlinks | undefined, key: string): Backlink[] {
  return (backlinks?.[key] ?? []).filter((m) => m.id).map((m) => ({ href: `#${m.id}`, number: m.paragraph.replace(/^p-/, ''), note: m.note }));
}
