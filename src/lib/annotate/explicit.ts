/**
 * Explicit references written by the editor: `:place[the base]{#al-tanf}`,
 * `:actor[...]{#irgc}`, `:event[...]{#us-strikes-2023-10-26}`, `:source[...]{#pentagon}`.
 * One resolver serves the remark plugin and the pre-build check, both on the parsed
 * directive, so both say the same thing.
 */
import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
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
  /** 1-based line and column of the leading colon in the file. */
  line: number;
  column: number;
}

/** The id of a directive: `{#id}` or `{id=...}`. */
export function directiveId(node: Pick<TextDirective, 'attributes'>): string | undefined {
  return node.attributes?.['id'] ?? undefined;
}

/** Explicit references in a body's syntax tree, in document order. */
export function explicitRefs(tree: Root): ExplicitInText[] {
  const out: ExplicitInText[] = [];
  visit(tree, 'textDirective', (node: TextDirective) => {
    if (!isExplicitKind(node.name)) return;
    out.push({ kind: node.name, id: directiveId(node), line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  });
  return out;
}
