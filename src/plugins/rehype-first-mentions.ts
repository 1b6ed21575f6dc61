/**
 * Lighter annotation: in each paragraph (each block of the article: a paragraph, each paragraph of an
 * editors' note, a list, a table) only the first mention of an item stays a link; later mentions of the
 * same item there become plain text that still carries the item (`<span class="mention-repeat"
 * data-ref-kind data-ref-id>`, with its id, so the linked views light it and nothing that pointed at it
 * breaks). A report keeps every link with `mentions: all`. The reference sections link back to the same
 * mentions (src/lib/stage/backlinks.ts applies the same rule to the body).
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportOf, type SitrepPluginOptions } from './report-of-file.ts';

const isMention = (node: Element): boolean => node.tagName === 'a' && Array.isArray(node.properties['className']) && node.properties['className'].includes('mention');

/** The blocks whose mentions are counted apart: a note's paragraphs one by one, any other top-level element whole. */
function blocks(node: ElementContent): Element[] {
  if (node.type !== 'element') return [];
  if (node.tagName === 'aside' && node.properties['dataNoteFor'] !== undefined) return node.children.filter((c): c is Element => c.type === 'element');
  // Footnotes: each note apart (in the body each is a block of its own).
  if (node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined) {
    const notes: Element[] = [];
    visit(node, 'element', (li: Element) => (li.tagName === 'li' ? (notes.push(li), 'skip') : undefined));
    return notes;
  }
  return [node];
}

export function rehypeFirstMentions(options: SitrepPluginOptions = {}) {
  return (tree: Root, file: VFile): void => {
    if (reportOf(file, options)?.report.mentions === 'all') return;
    for (const top of tree.children) {
      for (const block of blocks(top as ElementContent)) {
        const seen = new Set<string>();
        visit(block, 'element', (node: Element) => {
          if (!isMention(node)) return;
          const key = `${String(node.properties['dataRefKind'])}:${String(node.properties['dataRefId'])}`;
          if (seen.has(key)) demote(node);
          else seen.add(key);
        });
      }
    }
  };
}

/** A repeated mention: plain text in the reading, still the item's for the linked views. */
function demote(node: Element): void {
  node.tagName = 'span';
  const { id, dataRefKind, dataRefId, dataDateStart, dataDateEnd } = node.properties;
  node.properties = { id, className: ['mention-repeat'], dataRefKind, dataRefId, dataDateStart, dataDateEnd };
}
