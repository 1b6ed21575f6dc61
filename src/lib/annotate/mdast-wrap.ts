/**
 * Wraps matches found in the text of a phrasing container (a paragraph) without
 * disturbing its structure: text inside emphasis and strong is read through, so a
 * name split by emphasis ("Hajj *Mahdi*") is still found; links, code, directives,
 * mentions and markers are barriers that a match never crosses or enters.
 */
import type { Parent, PhrasingContent, Text } from 'mdast';
import type { TextMatch } from './matcher.ts';

const TRANSPARENT = new Set(['emphasis', 'strong', 'delete']);
const BARRIER = '\u0000';

type Wrap = (match: TextMatch, children: PhrasingContent[]) => PhrasingContent;

/** The text of `node` as the matcher sees it: barriers become one NUL character. */
export function flatText(node: PhrasingContent): string {
  if (node.type === 'text') return node.value;
  if (TRANSPARENT.has(node.type) && 'children' in node) return (node.children as PhrasingContent[]).map(flatText).join('');
  return BARRIER;
}

/** Finds matches in `parent`'s text and wraps each one with `wrap`, recursing into emphasis. */
export function wrapMatches(parent: Parent, find: (text: string) => TextMatch[], wrap: Wrap): void {
  const children = parent.children as PhrasingContent[];
  const spans: { start: number; end: number }[] = [];
  let flat = '';
  for (const child of children) {
    const text = flatText(child);
    spans.push({ start: flat.length, end: flat.length + text.length });
    flat += text;
  }
  const matches = find(flat).filter((m) => !m.text.includes(BARRIER));
  for (const match of matches.reverse()) wrapOne(children, spans, match, wrap);
  for (const child of children) if (TRANSPARENT.has(child.type) && 'children' in child) wrapMatches(child, find, wrap);
}

function wrapOne(children: PhrasingContent[], spans: { start: number; end: number }[], match: TextMatch, wrap: Wrap): void {
  const i = spans.findIndex((s) => match.start >= s.start && match.start < s.end);
  const j = spans.findIndex((s) => match.end > s.start && match.end <= s.end);
  const first = children[i];
  const last = children[j];
  const si = spans[i];
  const sj = spans[j];
  if (!first || !last || !si || !sj) return;
  if (i === j && first.type !== 'text') return; // inside emphasis: the recursion handles it
  if (first.type !== 'text' && match.start !== si.start) return; // starts inside emphasis
  if (last.type !== 'text' && match.end !== sj.end) return; // ends inside emphasis
  const before: PhrasingContent[] = [];
  const after: PhrasingContent[] = [];
  const inner = children.slice(i, j + 1);
  if (first.type === 'text' && match.start > si.start) {
    before.push(text(first.value.slice(0, match.start - si.start)));
    inner[0] = text(first.value.slice(match.start - si.start));
  }
  const tail = inner[inner.length - 1];
  if (tail && tail.type === 'text') {
    const keep = i === j ? match.end - match.start : match.end - sj.start;
    if (keep < tail.value.length) after.push(text(tail.value.slice(keep)));
    inner[inner.length - 1] = text(tail.value.slice(0, keep));
  }
  children.splice(i, j - i + 1, ...before, wrap(match, inner), ...after);
  // Earlier matches end before this one: only the text left before it keeps its offsets.
  const unused = { start: -1, end: -1 };
  spans.splice(i, j - i + 1, ...before.map(() => ({ start: si.start, end: match.start })), unused, ...after.map(() => unused));
}

function text(value: string): Text {
  return { type: 'text', value };
}
