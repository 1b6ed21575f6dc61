/**
 * The body's text as a reader sees it, read from the syntax tree: `<Tally id="x" />` counts as the
 * figure it prints, a directive as its label, emphasis and links as their words; comments and
 * footnote marks are left out. Each run of text keeps a map back to file offsets, so a check that
 * finds something in the text can point at the line and column in the file.
 *
 * The checks (quotes, figures, mentions, placeholders) and the plugins read the same text, so a
 * quote the check finds is a quote the page holds.
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import type { Report } from '../schema/report.ts';
import { tallyText, tallyUseProblem } from '../view/tally-text.ts';

/** A piece of a block's text and where it comes from in the file. */
interface Segment {
  /** Offset in the block's text. */
  at: number;
  length: number;
  /** Offset in the file. */
  offset: number;
  /** True when each character of the piece is the file's character at the same distance (plain text). */
  exact: boolean;
}

/** One block of prose (a paragraph, heading or table cell) as rendered. */
export interface TextBlock {
  text: string;
  /** The block node. */
  node: Parent;
  /** True inside an editors' `:::note` (not the author's words). */
  editorial: boolean;
  /** File offset of `text[index]` (the start of the node it comes from, where not exact). */
  offsetOf(index: number): number;
}

/** The tallies a `<Tally>` may name; without them a `<Tally>` reads as nothing. */
export type TallySource = (Pick<Report, 'tallies'> & Partial<Pick<Report, 'lang'>>) | undefined;

/** The attributes of a JSX element written as literal strings (`id="x"`), and `true` for a bare name (`qualified`). */
export function jsxAttributes(node: { attributes: MdxJsxTextElement['attributes'] }): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') continue;
    if (attr.value === null || attr.value === undefined) out[attr.name] = true;
    else if (typeof attr.value === 'string') out[attr.name] = attr.value;
  }
  return out;
}

/** What `<Tally>` prints for `node` in `report`, or '' when it names nothing (the check says why). */
export function tallyElementText(node: { attributes: MdxJsxTextElement['attributes'] }, report: TallySource): string {
  if (!report) return '';
  const attrs = jsxAttributes(node);
  const id = typeof attrs['id'] === 'string' ? attrs['id'] : undefined;
  const part = typeof attrs['part'] === 'string' ? attrs['part'] : undefined;
  if (tallyUseProblem(report, id, part)) return '';
  // Written in the report's language, as the <Tally> component writes it on the page.
  return tallyText(report, '', id, part, attrs['qualified'] === true, report.lang).text;
}

/** Phrasing nodes whose children are not the author's words: Sitrep's provenance markers. */
const OPAQUE = new Set(['sitrepMarker']);
/** Read through: emphasis, links, directives (their label), JSX elements, Sitrep's mentions and plain spans. */
const readThrough = (node: PhrasingContent): boolean => 'children' in node && !OPAQUE.has(node.type);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The rendered text of phrasing nodes (no offsets): what a reader sees of them. */
export function phrasingText(nodes: readonly PhrasingContent[], report: TallySource): string {
  let out = '';
  for (const node of nodes) out += pieceText(node, report);
  return out;
}

function pieceText(node: PhrasingContent, report: TallySource): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if (node.type === 'mdxJsxTextElement' && node.name === 'Tally') return tallyElementText(node, report);
  if (readThrough(node)) return phrasingText((node as Parent).children as PhrasingContent[], report);
  return '';
}

/** Every prose block of `tree` in document order, with its rendered text. */
export function textBlocks(tree: Root, report: TallySource): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (node: Nodes, editorial: boolean): void => {
    if (BLOCKS.has(node.type)) {
      blocks.push(block(node as Parent, editorial, report));
      return;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'html' || node.type === 'code') return;
    const inNote = editorial || (node.type === 'containerDirective' && node.name === 'note');
    if ('children' in node) for (const child of node.children as RootContent[]) walk(child, inNote);
  };
  walk(tree, false);
  return blocks;
}

function block(node: Parent, editorial: boolean, report: TallySource): TextBlock {
  const segments: Segment[] = [];
  let text = '';
  const start = node.position?.start.offset ?? 0;
  const add = (value: string, offset: number, exact: boolean) => {
    if (!value) return;
    segments.push({ at: text.length, length: value.length, offset, exact });
    text += value;
  };
  const walk = (children: readonly PhrasingContent[]) => {
    for (const child of children) {
      const offset = child.position?.start.offset ?? start;
      if (child.type === 'text') {
        // Exact unless an escape or entity made the source longer than the text.
        const span = (child.position?.end.offset ?? offset) - offset;
        add(child.value, offset, span === child.value.length);
      } else if (child.type === 'inlineCode' || child.type === 'break') add(pieceText(child, report), offset, false);
      else if (child.type === 'mdxJsxTextElement' && child.name === 'Tally') add(tallyElementText(child, report), offset, false);
      else if (readThrough(child)) walk((child as Parent).children as PhrasingContent[]);
    }
  };
  walk(node.children as PhrasingContent[]);
  return {
    text,
    node,
    editorial,
    offsetOf(index) {
      let found: Segment | undefined;
      for (const s of segments) {
        if (s.at > index) break;
        found = s;
      }
      if (!found) return start;
      return found.exact ? found.offset + Math.min(index - found.at, found.length) : found.offset;
    },
  };
}

/** The author's text of the whole body: every block outside editors' notes, separated by blank lines. */
export function authorText(blocks: readonly TextBlock[]): string {
  return blocks
    .filter((b) => !b.editorial)
    .map((b) => b.text)
    .join('\n\n');
}
