/**
 * Gives every top-level paragraph of the article a stable anchor (`p-1`, `p-2` ...),
 * for citation and for the linked views.
 */
import type { Element, Root } from 'hast';

export const PARAGRAPH_ID_PREFIX = 'p-';

export function rehypeParagraphIds() {
  return (tree: Root): void => {
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const element: Element = node;
      n += 1;
      element.properties['id'] ??= `${PARAGRAPH_ID_PREFIX}${n}`;
      element.properties['dataParagraph'] = n;
    }
  };
}
