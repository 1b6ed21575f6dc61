/**
 * The annotation of a report's body, step by step, on its mdast: the remark plugins run each
 * step in the site's MDX pipeline (src/plugins/), and `mentionCounts` runs them all on the
 * loader's tree for the page, so the page's reference sections and the article agree by
 * construction.
 *
 * 1. `resolveExplicitRefs`: `:place[the base]{#al-tanf}` becomes a mention; `:nomention[...]` a
 *    plain span; any other text directive (a `a:b` typed in prose) goes back to its text.
 * 2. `markProvenance`: a source marker after each attributed claim whose quote is in the data.
 * 3. `wrapMentions`: names and dates found in the text become mentions.
 * 4. `numberMentions`: each mention gets its id (`m-place-al-tanf-2`), and the counts come back.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { parseBody } from '../report/mdx.ts';
import { phrasingText } from '../report/rendered-text.ts';
import type { Report } from '../schema/report.ts';
import { createAnnotator, type Annotator } from './annotator.ts';
import { checkExplicitRef, directiveId, isExplicitKind, type ExplicitProblem } from './explicit.ts';
import { mentionNode, type SitrepMarker, type SitrepMention, type SitrepPlain } from './mdast-nodes.ts';
import { wrapMatches } from './mdast-wrap.ts';
import { findAttributions, type Attribution } from './provenance.ts';
import { dateRefSpan, mentionHtmlId, refHtmlId, refKey, type MentionCounts } from '../view/refs.ts';

/** Called for what a step could not resolve, with the node it concerns. */
export type OnProblem = (problem: ExplicitProblem & { rule: string; fatal: boolean }, node: Node) => void;

const ignore: OnProblem = () => undefined;

/** Step 1. `source` is the text the tree was parsed from (to put unknown directives back as written). */
export function resolveExplicitRefs(tree: Root, report: Report | undefined, source: string, onProblem: OnProblem = ignore): void {
  visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
    if (!parent || index === undefined) return;
    const id = directiveId(node);
    if (isExplicitKind(node.name)) {
      const problem = report ? checkExplicitRef(report, node.name, id) : undefined;
      if (problem) onProblem({ ...problem, rule: 'unknown-ref', fatal: true }, node);
      parent.children[index] = problem || !id ? plain(node) : mentionNode({ kind: node.name, id }, node.children, 'explicit');
      return SKIP;
    }
    if (node.name === 'nomention') {
      parent.children[index] = plain(node);
      return SKIP;
    }
    // :nofigure[…]{reason="…"} only tells the figure check to leave a number alone: readers see its words.
    if (node.name === 'nofigure') {
      parent.children.splice(index, 1, ...node.children);
      return index;
    }
    parent.children[index] = { type: 'text', value: sourceOf(node, source) };
    return SKIP;
  });
}

/** The directive's text, as a span that the matcher does not enter. */
function plain(node: TextDirective): SitrepPlain {
  return { type: 'sitrepPlain', children: node.children, data: { hName: 'span', hProperties: node.name === 'nomention' ? { className: ['nomention'] } : {} } };
}

function sourceOf(node: TextDirective, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined && end <= source.length) return source.slice(start, end);
  return `:${node.name}`;
}

const KIND_LABEL: Record<string, string> = {
  'official-statement': 'official statement',
  monitor: 'monitor',
  confidential: 'confidential source',
  media: 'media',
  research: 'research',
  gazetteer: 'gazetteer',
  dataset: 'dataset',
};

/** Step 2. A phrase whose claims are not in the data gets no marker, and a warning. */
export function markProvenance(tree: Root, report: Report, onProblem: OnProblem = ignore): void {
  visit(tree, 'paragraph', (paragraph: Paragraph) => {
    const text = phrasingText(paragraph.children, report);
    for (const attribution of findAttributions(text, report).reverse()) {
      if (attribution.sources.length === 0) {
        onProblem({ message: `"${attribution.phrase}" attributes a claim, but no event or tally quotes it: no source marker`, fix: '', rule: 'unsourced-attribution', fatal: false }, paragraph);
        continue;
      }
      insertAt(paragraph.children, attribution.end, marker(attribution, report), report);
    }
  });
}

function marker(a: Attribution, report: Report): SitrepMarker {
  const sources = a.sources.map((id) => report.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  const kinds = [...new Set(sources.map((s) => KIND_LABEL[s.kind] ?? s.kind))];
  const label = `${kinds.join(' + ')} · ${a.confidence.join(' / ')}`;
  const first = a.sources[0] ?? '';
  return {
    type: 'sitrepMarker',
    children: [{ type: 'text', value: label }],
    data: {
      hName: 'a',
      hProperties: {
        href: `#${refHtmlId({ kind: 'source', id: first })}`,
        className: ['provenance', ...a.confidence.map((c) => `confidence-${c}`)],
        dataMarker: 'provenance',
        dataConfidence: a.confidence.join(' '),
        dataSources: a.sources.join(' '),
        dataItems: a.items.join(' '),
        title: `Source: ${sources.map((s) => s.title).join('; ')}. Confidence in the data: ${a.confidence.join(', ')}.`,
      },
    },
  };
}

/** Inserts `node` at text offset `offset` of `children` (after the child it falls in, when that is not plain text). */
function insertAt(children: PhrasingContent[], offset: number, node: PhrasingContent, report: Report): void {
  let at = 0;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (!child) continue;
    const length = phrasingText([child], report).length;
    if (offset <= at + length) {
      if (child.type === 'text' && offset < at + length) {
        const cut = offset - at;
        children.splice(i, 1, { type: 'text', value: child.value.slice(0, cut) }, node, { type: 'text', value: child.value.slice(cut) });
      } else children.splice(i + 1, 0, node);
      return;
    }
    at += length;
  }
  children.push(node);
}

/** Step 3. Names and dates in paragraphs and table cells (never inside links, code, headings or explicit references). */
export function wrapMentions(tree: Root, annotator: Annotator): void {
  visit(tree, ['paragraph', 'tableCell'], (node) => {
    if (node.type !== 'paragraph' && node.type !== 'tableCell') return;
    wrapMatches(node, annotator.find, (match, children) => mentionNode(match.ref, children, 'auto'));
  });
}

/** Step 4. Ids in document order, and how many times each ref is mentioned. */
export function numberMentions(tree: Root): MentionCounts {
  const counts: MentionCounts = {};
  visit(tree, 'sitrepMention', (node: SitrepMention) => {
    const key = refKey(node.ref);
    const n = (counts[key] ?? 0) + 1;
    counts[key] = n;
    const span = node.ref.kind === 'date' ? dateRefSpan(node.ref.id) : undefined;
    node.data = {
      hName: 'a',
      hProperties: {
        href: `#${refHtmlId(node.ref)}`,
        id: mentionHtmlId(node.ref, n),
        className: ['mention', `mention-${node.ref.kind}`],
        dataRefKind: node.ref.kind,
        dataRefId: node.ref.id,
        dataMention: node.origin,
        dataDateStart: span?.start,
        dataDateEnd: span?.end,
      },
    };
  });
  return counts;
}

/** How many times each item is mentioned in `tree` (left untouched): every step, as the site runs them. */
export function mentionCounts(tree: Root, report: Report, source: string): MentionCounts {
  const copy = structuredClone(tree);
  resolveExplicitRefs(copy, report, source);
  markProvenance(copy, report);
  wrapMentions(copy, createAnnotator(report));
  return numberMentions(copy);
}

/** `mentionCounts` of a report's body text (what the page has: the entry's body and data). */
export function bodyMentionCounts(report: Report, body: string): MentionCounts {
  return mentionCounts(parseBody('body.mdx', body, 0).tree, report, body);
}
