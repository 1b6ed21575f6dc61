/**
 * What each paragraph of a report mentions, for the entity pages: the report's top-level paragraphs in page order
 * (so `p-3` is the page's third paragraph, as rehype-paragraph-ids numbers them), their text as a reader sees it,
 * and the places, actors, sources and events they name, by the annotator's own matcher and by the editor's
 * explicit references (`:place[the base]{#al-tanf}`).
 */
import type { Parent, PhrasingContent, Root } from 'mdast';
import { findDates } from '../annotate/dates.ts';
import { createMatcher } from '../annotate/matcher.ts';
import { nameEntries } from '../annotate/names.ts';
import type { Report } from '../schema/report.ts';
import type { EntityKind, ParagraphRef, ReportParagraph } from '../view/entities.ts';
import { tallyText } from '../view/tally-text.ts';

const KINDS = new Set<string>(['place', 'actor', 'source', 'event']);

interface Piece {
  text: string;
  /** An explicit reference covering this piece. */
  ref?: { kind: EntityKind; id: string } | undefined;
}

/** The paragraphs of `tree` (a report body's mdast), numbered as the page numbers them, with their mentions. */
export function reportParagraphs(tree: Root, report: Report): ReportParagraph[] {
  const matcher = createMatcher(nameEntries(report));
  const out: ReportParagraph[] = [];
  let n = 0;
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    n += 1;
    const pieces = phrasing(node.children, report, undefined);
    let text = '';
    const refs: ParagraphRef[] = [];
    const explicit: [number, number][] = [];
    for (const piece of pieces) {
      const start = text.length;
      text += piece.text;
      if (piece.ref) {
        refs.push({ ...piece.ref, start, end: text.length });
        explicit.push([start, text.length]);
      }
    }
    // Names the matcher finds outside explicit references (dates are the annotator's too, but no entity's).
    const dates = findDates(text, report.period, report.events).map((d) => [d.start, d.end] as [number, number]);
    const taken = [...explicit, ...dates];
    for (const m of matcher.find(text)) {
      if (!KINDS.has(m.ref.kind) || taken.some(([s, e]) => m.start < e && m.end > s)) continue;
      refs.push({ kind: m.ref.kind as EntityKind, id: m.ref.id, start: m.start, end: m.end });
    }
    refs.sort((a, b) => a.start - b.start);
    out.push({ id: `p-${n}`, text, refs });
  }
  return out;
}

function phrasing(nodes: readonly PhrasingContent[], report: Report, ref: Piece['ref']): Piece[] {
  return nodes.flatMap((node): Piece[] => {
    if (node.type === 'text' || node.type === 'inlineCode') return [{ text: node.value, ref }];
    if (node.type === 'break') return [{ text: '\n', ref }];
    const any = node as unknown as { type: string; name?: string; attributes?: unknown };
    if (any.type === 'mdxJsxTextElement' && any.name === 'Tally') return [{ text: tallyFigure(any, report), ref }];
    if (any.type === 'textDirective') {
      const directive = any as unknown as { name: string; attributes?: Record<string, string | null | undefined> | null; children: PhrasingContent[] };
      const id = directive.attributes?.['id'];
      const own = KINDS.has(directive.name) && typeof id === 'string' ? { kind: directive.name as EntityKind, id } : undefined;
      return phrasing(directive.children, report, own ?? ref);
    }
    if ('children' in node) return phrasing((node as Parent).children as PhrasingContent[], report, ref);
    return [];
  });
}

function tallyFigure(node: { attributes?: unknown }, report: Report): string {
  const attributes = Array.isArray(node.attributes) ? (node.attributes as { type: string; name: string; value: unknown }[]) : [];
  const attr = (name: string) => attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  const id = attr('id');
  const part = attr('part');
  try {
    return tallyText(report, '', typeof id === 'string' ? id : undefined, typeof part === 'string' ? part : undefined, attr('qualified') === null).text;
  } catch {
    return '';
  }
}
