/**
 * Where a report refers to places, actors and sources by id. One table, read by the resolver (which pulls
 * shared entries into a report), the checks (old ids) and the extract command (which rewrites ids).
 */
import type { RegistryKind } from './kinds.ts';

/** A path pattern into a report: `*` is every item of a list. The last key holds an id or a list of ids. */
const REFERENCES: readonly (readonly [RegistryKind, readonly string[]])[] = [
  ['sources', ['places', '*', 'sources']],
  ['actors', ['actors', '*', 'affiliations', '*', 'actor']],
  ['places', ['events', '*', 'places']],
  ['actors', ['events', '*', 'actors', 'by']],
  ['actors', ['events', '*', 'actors', 'against']],
  ['sources', ['events', '*', 'sources']],
  ['places', ['tallies', '*', 'breakdown', '*', 'place']],
  ['sources', ['tallies', '*', 'sources']],
  ['places', ['axes', '*', 'from']],
  ['places', ['axes', '*', 'to']],
  ['actors', ['axes', '*', 'actors']],
  ['sources', ['axes', '*', 'sources']],
  ['places', ['shipments', '*', 'from']],
  ['places', ['shipments', '*', 'to']],
  ['actors', ['shipments', '*', 'actors']],
  ['sources', ['shipments', '*', 'sources']],
  ['sources', ['overlays', '*', 'sources']],
];

export type RefPath = (string | number)[];

/** One reference: the id, what kind of entry it names, and where it sits (`['events', 3, 'places', 0]`). */
export interface Reference {
  kind: RegistryKind;
  id: string;
  path: RefPath;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every reference in a report's data (as written or as parsed), in table order. */
export function references(data: unknown): Reference[] {
  const out: Reference[] = [];
  for (const [kind, pattern] of REFERENCES) walk(data, pattern, [], (id, path) => out.push({ kind, id, path }));
  return out;
}

/** The entries of a shared entry that refer to others: a place's sources, an actor's affiliations. */
export function entryReferences(kind: RegistryKind, entry: unknown): Reference[] {
  const wrapped = { [kind]: [entry] };
  return references(wrapped).map((r) => ({ ...r, path: r.path.slice(2) }));
}

function walk(node: unknown, pattern: readonly string[], path: RefPath, visit: (id: string, path: RefPath) => void): void {
  const [key, ...rest] = pattern;
  if (key === undefined) {
    if (typeof node === 'string') visit(node, path);
    else if (Array.isArray(node)) node.forEach((v, i) => typeof v === 'string' && visit(v, [...path, i]));
    return;
  }
  if (key === '*') {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, rest, [...path, i], visit));
  } else if (isObject(node) && key in node) {
    walk(node[key], rest, [...path, key], visit);
  }
}
