/**
 * Lighter annotation: in each paragraph (and each editors' note) only the first mention of an item
 * stays a link; later mentions of the same item in that paragraph become plain text that still
 * carries the item (`<span class="mention-repeat" data-ref-kind data-ref-id>`, with its id, so the
 * linked views light it and back-links still land). A report keeps every link with `mentions: all`.
 *
 * The page learns where the linked mentions are (`sitrepBacklinks`: for each `kind:id`, the mention
 * id and the paragraph it stands in), so reference entries link back once per paragraph.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { annotatorFor } from '../lib/annotate/source-file.ts';
import type { Backlinks } from '../lib/stage/backlinks.ts';

const isMention = (node: Element): boolean => node.tagName === 'a' && Array.isArray(node.properties['className']) && node.properties['className'].includes('mention');

export function rehypeFirstMentions() {
  return (tree: Root, file: VFile): void => {
    const all = annotatorFor(file)?.report.mentions === 'all';
    const backlinks: Backlinks = {};
    for (const block of tree.children) {
      if (block.type !== 'element') continue;
      const blocks = block.tagName === 'p' ? [block] : block.tagName === 'aside' ? block.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p') : [];
      const paragraph = block.tagName === 'p' ? String(block.properties['id'] ?? '') : String(block.properties['dataNoteFor'] ?? '');
      const inNote = block.tagName === 'aside';
      for (const p of blocks) {
        const seen = new Set<string>();
        visit(p, 'element', (node: Element) => {
          if (!isMention(node)) return;
          const key = `${String(node.properties['dataRefKind'])}:${String(node.properties['dataRefId'])}`;
          if (seen.has(key) && !all) {
            demote(node);
            return;
          }
          seen.add(key);
          (backlinks[key] ??= []).push({ id: String(node.properties['id'] ?? ''), paragraph, note: inNote });
        });
      }
    }
    file.data['sitrepBacklinks'] = backlinks;
    const astro = file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
    if (astro?.frontmatter) astro.frontmatter['sitrepBacklinks'] = backlinks;
  };
}

/** A repeated mention: plain text in the reading, still the item's for the linked views. */
function demote(node: Element): void {
  node.tagName = 'span';
  const { id, dataRefKind, dataRefId, dataDateStart, dataDateEnd } = node.properties;
  node.properties = { id, className: ['mention-repeat'], dataRefKind, dataRefId, dataDateStart, dataDateEnd };
}
