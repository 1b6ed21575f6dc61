/**
 * Explicit references written by the editor: `:place[the base]{#al-tanf}`,
 * `:actor[...]{#irgc}`, `:event[...]{#us-strikes-2023-10-26}`, `:source[...]{#pentagon}`.
 * One resolver serves the remark plugin (which sees the parsed directive) and the
 * pre-build check (which scans the file's text), so both say the same thing.
 */
import type { Report } from '../schema/report.ts';
import { didYouMean } from '../text/did-you-mean.ts';

export const EXPLICIT_KINDS = ['place', 'actor', 'event', 'source'] as const;
export type ExplicitKind = (typeof EXPLICIT_KINDS)[number];

const LIST = { place: 'places', actor: 'actors', event: 'events', source: 'sources' } as const;

export function isExplicitKind(name: string): name is ExplicitKind {
  return (EXPLICIT_KINDS as readonly string[]).includes(name);
}

export interface ExplicitProblem {
  message: string;
  fix: string;
}

type Lists = Pick<Report, 'places' | 'actors' | 'events' | 'sources'>;

/** Undefined when `id` names an item of `kind` in the report; else what is wrong and how to fix it. */
export function checkExplicitRef(report: Lists, kind: ExplicitKind, id: string | undefined): ExplicitProblem | undefined {
  const ids = report[LIST[kind]].map((item) => item.id);
  if (!id) return { message: `:${kind}[...] has no id`, fix: `add one, e.g. :${kind}[text]{#${ids[0] ?? 'some-id'}}` };
  if (ids.includes(id)) return undefined;
  const guess = didYouMean(id, ids);
  return {
    message: `unknown ${kind} '${id}' in :${kind}[...]{#${id}}`,
    fix: guess ? `did you mean '${guess}'?` : `declare it under ${LIST[kind]}, or use one of: ${ids.slice(0, 6).join(', ')}${ids.length > 6 ? ' …' : ''}`,
  };
}

export interface ExplicitInText {
  kind: ExplicitKind;
  id: string | undefined;
  /** 1-based line and column of the leading colon in `text`. */
  line: number;
  column: number;
}

const DIRECTIVE = /(?<!:):(place|actor|event|source)\[(?:[^\]\\]|\\.)*\](?:\{([^}]*)\})?/g;

/** Explicit references in an MDX body, with positions counted from `firstLine`. */
export function findExplicitRefs(text: string, firstLine = 1): ExplicitInText[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const out: ExplicitInText[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    let lineIndex = starts.length - 1;
    while (lineIndex > 0 && (starts[lineIndex] ?? 0) > m.index) lineIndex--;
    const attrs = m[2] ?? '';
    const id = /#([^\s}#.]+)/.exec(attrs)?.[1] ?? /\bid=["']?([^"'\s}]+)/.exec(attrs)?.[1];
    out.push({ kind: m[1] as ExplicitKind, id, line: firstLine + lineIndex, column: m.index - (starts[lineIndex] ?? 0) + 1 });
  }
  return out;
}
