/**
 * Editors' notes beside their paragraph: a paragraph and the note on it (`aside[data-note-for]`, from
 * remark-notes, with any side notes between) are wrapped in `<div class="with-note">`, so that on wide
 * screens CSS can set the note in the margin beside the paragraph it explains; on narrow screens and in
 * print the note simply follows the paragraph, as in the source order.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const isElement = (node: RootContent | undefined): node is Element => node?.type === 'element';
const isNote = (node: RootContent | undefined): boolean => isElement(node) && node.tagName === 'aside' && node.properties['dataNoteFor'] !== undefined;
const isBlank = (node: RootContent | undefined): boolean => node?.type === 'text' && node.value.trim() === '';

export function rehypeNotePairs() {
  return (tree: Root): void => {
    const out: RootContent[] = [];
    const children = tree.children;
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (!isElement(node) || node.tagName !== 'p' || !node.properties['id']) {
        out.push(node);
        continue;
      }
      // The notes on this paragraph follow it, past blank text and side notes.
      let j = i + 1;
      const between: RootContent[] = [];
      const notes: RootContent[] = [];
      while (j < children.length) {
        const next = children[j];
        if (isBlank(next) || (isElement(next) && next.tagName === 'aside' && !isNote(next))) between.push(next!);
        else if (isNote(next) && (next as Element).properties['dataNoteFor'] === node.properties['id']) notes.push(next!);
        else break;
        j++;
      }
      if (notes.length === 0) {
        out.push(node);
        continue;
      }
      out.push({ type: 'element', tagName: 'div', properties: { className: ['with-note'] }, children: [node, ...between, ...notes] as ElementContent[] });
      i = j - 1;
    }
    tree.children = out;
  };
}
