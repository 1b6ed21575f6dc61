/**
 * Footnotes (`[^1]`, GFM) as side notes: each reference gets `data-marker="footnote"`
 * (so text comparisons can leave it out), and a copy of the note's text goes in an
 * `<aside class="sidenote">` right after the paragraph, shown beside the text on wide
 * screens. The footnotes section stays at the end for narrow screens, print and screen
 * readers (the copies are `aria-hidden`).
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export function rehypeSidenotes() {
  return (tree: Root): void => {
    const notes = new Map<string, string>();
    visit(tree, 'element', (node: Element) => {
      const id = String(node.properties['id'] ?? '');
      if (node.tagName === 'li' && id.includes('fn-')) notes.set(id, toString(node).replace(/↩\s*\d*/g, '').trim());
    });
    if (notes.size === 0) return;
    const top = tree.children;
    for (let i = top.length - 1; i >= 0; i--) {
      const paragraph = top[i];
      if (paragraph?.type !== 'element' || paragraph.tagName !== 'p') continue;
      const asides: ElementContent[] = [];
      visit(paragraph, 'element', (node: Element) => {
        if (node.tagName !== 'sup') return;
        const link = node.children.find((c): c is Element => c.type === 'element' && c.properties['dataFootnoteRef'] !== undefined);
        if (!link) return;
        node.properties['dataMarker'] = 'footnote';
        const target = String(link.properties['href'] ?? '').replace(/^#/, '');
        const text = notes.get(target);
        if (text === undefined) return;
        asides.push({
          type: 'element',
          tagName: 'aside',
          properties: { className: ['sidenote'], ariaHidden: 'true', dataSidenote: target },
          children: [
            { type: 'element', tagName: 'span', properties: { className: ['sidenote-number'] }, children: [{ type: 'text', value: toString(link) }] },
            { type: 'text', value: ` ${text}` },
          ],
        });
      });
      if (asides.length > 0) top.splice(i + 1, 0, ...asides);
    }
  };
}
