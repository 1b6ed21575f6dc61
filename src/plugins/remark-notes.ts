/**
 * `:::note` blocks: the editors' margin notes. Each becomes an `<aside class="margin-note">`
 * labelled as the editors' (not the author's), tied to the paragraph before it with
 * `data-note-for="p-N"` (the id rehype-paragraph-ids gives that paragraph).
 */
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import type {} from '../lib/annotate/mdast-nodes.ts';

export function remarkNotes() {
  return (tree: Root, file: VFile): void => {
    let paragraphs = 0;
    for (const node of tree.children) {
      if (node.type === 'paragraph') paragraphs += 1;
      if (node.type !== 'containerDirective') continue;
      if (node.name === 'note') styleNote(node, paragraphs);
      else file.message(`unknown block ':::${node.name}'; did you mean ':::note'?`, { place: node.position, ruleId: 'unknown-block', source: 'sitrep' });
    }
  };
}

function styleNote(node: ContainerDirective, paragraph: number): void {
  node.data = {
    hName: 'aside',
    hProperties: {
      className: ['margin-note'],
      dataNote: 'editors',
      dataNoteFor: paragraph > 0 ? `p-${paragraph}` : undefined,
      ariaLabel: paragraph > 0 ? `Editors’ note on paragraph ${paragraph}` : 'Editors’ note',
    },
  };
  node.children.unshift({
    type: 'paragraph',
    data: { hProperties: { className: ['margin-note-label'] } },
    children: [{ type: 'strong', children: [{ type: 'text', value: 'Editors’ note' }] }],
  });
}
