/**
 * A correction that points at a paragraph (`paragraph: N`, the N of the anchor `#p-N`) must point at one the
 * article has: the page marks that paragraph and links the log entry to it. Paragraphs are counted as the
 * page numbers them (src/plugins/rehype-paragraph-ids.ts): the body's top-level paragraphs, in order.
 */
import type { Root } from 'mdast';
import type { Report } from '../schema/report.ts';
import { formatPath, type Problem } from './problem.ts';

type Locate = (path: readonly PropertyKey[]) => { line: number; column: number };

/** How many paragraphs the page will number (`p-1` … `p-N`). */
export function paragraphCount(tree: Root): number {
  return tree.children.filter((node) => node.type === 'paragraph').length;
}

/** An error for each correction (of the report or an event) naming a paragraph past the last one. */
export function checkCorrectionParagraphs(file: string, report: Report, tree: Root, locate: Locate): Problem[] {
  const count = paragraphCount(tree);
  const at = [
    ...(report.corrections ?? []).map((c, i) => ({ c, path: ['corrections', i, 'paragraph'] })),
    ...report.events.flatMap((e, i) => (e.corrections ?? []).map((c, j) => ({ c, path: ['events', i, 'corrections', j, 'paragraph'] }))),
  ];
  return at
    .filter(({ c }) => c.paragraph !== undefined && c.paragraph > count)
    .map(({ c, path }) => ({
      file,
      ...locate(path),
      path: formatPath(path),
      message: `the correction points at paragraph ${c.paragraph} (#p-${c.paragraph}), but the article has ${count}`,
      fix: `give the N of the corrected paragraph's anchor #p-N (1 to ${count}), or leave paragraph out`,
      severity: 'error' as const,
      rule: 'corrections',
    }));
}
