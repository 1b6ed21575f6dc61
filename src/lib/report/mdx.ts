/**
 * The one reading of a report's body: remark with MDX, GFM and directives, as the site's MDX
 * pipeline reads it, positions kept. Every position in the tree is a position in the file: the
 * body is parsed after as many line breaks as the frontmatter takes, and offsets are shifted by
 * the rest (blanking a 5 MB frontmatter character by character would cost the parser seconds).
 */
import type { Root } from 'mdast';
import type {} from 'mdast-util-directive';
import type {} from 'mdast-util-mdx';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Problem } from './problem.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective).freeze();

export interface ParsedBody {
  /** The syntax tree of the body (empty when the MDX could not be read). */
  tree: Root;
  problems: Problem[];
}

/** The mdast of `source`'s body, which starts at `bodyOffset`; an MDX syntax error is a located problem. */
export function parseBody(file: string, source: string, bodyOffset: number): ParsedBody {
  const breaks = source.slice(0, bodyOffset).match(/\r?\n/g)?.join('') ?? '';
  const shift = bodyOffset - breaks.length;
  try {
    const tree = parser.runSync(parser.parse(breaks + source.slice(bodyOffset))) as Root;
    if (shift !== 0) {
      visit(tree, (node) => {
        if (node.position?.start.offset !== undefined) node.position.start.offset += shift;
        if (node.position?.end.offset !== undefined) node.position.end.offset += shift;
      });
    }
    return { tree, problems: [] };
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string; place?: { line?: number; column?: number; start?: { line: number; column: number } } };
    const start = e.place && 'start' in e.place && e.place.start ? e.place.start : (e.place as { line?: number; column?: number } | undefined);
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0] ?? '';
    return {
      tree: { type: 'root', children: [] },
      problems: [
        {
          file,
          line: start?.line ?? e.line ?? 1,
          column: start?.column ?? e.column ?? 1,
          path: '',
          message: `the article cannot be read as MDX: ${reason}`,
          fix: 'a literal < or { in prose must be escaped as \\< or \\{; close every tag and every {…}',
          severity: 'error',
          rule: 'mdx-syntax',
        },
      ],
    };
  }
}
