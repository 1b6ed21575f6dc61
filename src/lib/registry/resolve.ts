/**
 * Pulls the shared entries a report uses into the report, before its schema runs, so every later step (checks,
 * annotation, map, timeline, exports) sees one complete report and none needs to know about the registry.
 *
 * A report uses a shared entry in two ways: by listing its bare id (`places: [al-tanf, ...]`), which also lets
 * the prose mention it, or by referring to it (`events[0].places: [al-tanf]`). Either way the registry's entry
 * is copied in, with the sources it cites (a place's `sources`). An actor's affiliations are kept where they name
 * an actor the report uses: the report does not take on actors it never chose (its entity pages show them all).
 * An old id (`previousIds`) is read as the entry's current id.
 */
import { didYouMean } from '../text/did-you-mean.ts';
import { entryReferences, references, type RefPath } from './refs.ts';
import { REGISTRY_KINDS, SINGULAR, type RegistryKind } from './kinds.ts';

/** The shared entries by kind and id, as the report schema's context carries them. */
export type SharedEntries = { readonly [K in RegistryKind]: ReadonlyMap<string, object> };

/** A bare id in a report's list that names no shared entry. */
export interface Unresolved {
  kind: RegistryKind;
  index: number;
  id: string;
}

export interface Resolution {
  /** The report with the shared entries it uses written out (the input itself when it uses none). */
  value: unknown;
  unresolved: Unresolved[];
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Old id -> current id, from the entries' `previousIds`. */
export function previousIdMap(entries: ReadonlyMap<string, object>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [id, entry] of entries) for (const old of ((entry as { previousIds?: unknown }).previousIds as string[] | undefined) ?? []) map.set(old, id);
  return map;
}

/** A stand-in for an unknown bare id: valid, so the rest of the report is still checked; its issue fails the parse. */
const PLACEHOLDER: Record<RegistryKind, (id: string) => Loose> = {
  places: (id) => ({ id, name: id, kind: 'region', lat: 0, lon: 0, precision: 'region', radiusKm: 1 }),
  actors: (id) => ({ id, name: id, kind: 'organization' }),
  sources: (id) => ({ id, title: id, kind: 'media' }),
};

/** `input` (a report's frontmatter as written) with the shared entries it uses written out. */
export function includeShared(input: unknown, shared: SharedEntries): Resolution {
  if (!isObject(input) || REGISTRY_KINDS.every((k) => shared[k].size === 0)) return { value: input, unresolved: [] };
  const previous = { places: previousIdMap(shared.places), actors: previousIdMap(shared.actors), sources: previousIdMap(shared.sources) };
  const current = (kind: RegistryKind, id: string) => (shared[kind].has(id) ? id : previous[kind].get(id));
  const refs = references(input);
  const listsBare = REGISTRY_KINDS.some((k) => Array.isArray(input[k]) && (input[k] as unknown[]).some((item) => typeof item === 'string'));
  const declared = Object.fromEntries(REGISTRY_KINDS.map((k) => [k, new Set(Array.isArray(input[k]) ? (input[k] as unknown[]).flatMap((item) => (isObject(item) && typeof item['id'] === 'string' ? [item['id']] : [])) : [])])) as Record<RegistryKind, Set<string>>;
  if (!listsBare && refs.every((r) => declared[r.kind].has(r.id) || current(r.kind, r.id) === undefined)) return { value: input, unresolved: [] };

  const value = structuredClone(input);
  const lang = typeof input['lang'] === 'string' ? input['lang'] : 'en';
  const unresolved: Unresolved[] = [];
  const lists = Object.fromEntries(REGISTRY_KINDS.map((k) => [k, Array.isArray(value[k]) ? (value[k] as unknown[]) : []])) as Record<RegistryKind, unknown[]>;
  /** Shared actors written out: their affiliations are trimmed to the report's actors at the end. */
  const written: Loose[] = [];
  const copies = new Set<Loose>();
  const include = (kind: RegistryKind, id: string): void => {
    if (declared[kind].has(id)) return;
    const entry = shared[kind].get(id);
    if (!entry) return;
    declared[kind].add(id);
    const copy = writtenOut(entry, id, lang);
    copies.add(copy);
    lists[kind].push(copy);
    for (const r of entryReferences(kind, copy)) {
      const target = current(r.kind, r.id);
      if (target && target !== r.id) setAt(copy, r.path, target);
      if (target && r.kind === 'sources') include(r.kind, target);
    }
    if (kind === 'actors') written.push(copy);
  };
  // Bare ids in the lists, in place: the report's own order is kept.
  for (const kind of REGISTRY_KINDS) {
    lists[kind].forEach((item, index) => {
      if (typeof item !== 'string') return;
      const id = current(kind, item);
      if (id === undefined) {
        unresolved.push({ kind, index, id: item });
        lists[kind][index] = PLACEHOLDER[kind](item);
        return;
      }
      // Listed twice, or listed and written out: the schema reports the duplicate id.
      const copy = writtenOut(shared[kind].get(id)!, id, lang);
      copies.add(copy);
      lists[kind][index] = copy;
      if (kind === 'actors') written.push(copy);
      declared[kind].add(id);
    });
  }
  // Then what the report refers to without listing it, and what those entries refer to.
  for (const kind of REGISTRY_KINDS) {
    for (const item of [...lists[kind]]) {
      if (!isObject(item)) continue;
      // A shared copy brings its sources; the report's own entries bring whatever they name.
      for (const r of entryReferences(kind, item)) if (!copies.has(item) || r.kind === 'sources') resolveRef(r.kind, r.id, (id) => setAt(item, r.path, id));
    }
  }
  const inCopy = (path: RefPath) => (REGISTRY_KINDS as readonly unknown[]).includes(path[0]) && copies.has(lists[path[0] as RegistryKind][path[1] as number] as Loose);
  for (const r of references(value)) if (!inCopy(r.path) || r.kind === 'sources') resolveRef(r.kind, r.id, (id) => setAt(value, r.path, id));
  // Affiliations of written-out shared actors: only those to actors the report uses.
  for (const actor of written) {
    if (Array.isArray(actor['affiliations'])) actor['affiliations'] = (actor['affiliations'] as Loose[]).filter((a) => declared.actors.has(String(a['actor'])));
  }
  for (const kind of REGISTRY_KINDS) if (lists[kind].length > 0 || Array.isArray(value[kind])) value[kind] = lists[kind];
  return { value, unresolved };

  function resolveRef(kind: RegistryKind, id: string, rename: (id: string) => void): void {
    if (declared[kind].has(id)) return;
    const target = current(kind, id);
    if (target === undefined) return;
    if (target !== id) rename(target);
    include(kind, target);
  }
}

/** The issues the report schema adds for bare ids that name no shared entry. */
export function unresolvedIssues(unresolved: readonly Unresolved[], shared: SharedEntries) {
  return unresolved.map((u) => {
    const guess = didYouMean(u.id, shared[u.kind].keys());
    return {
      code: 'custom' as const,
      path: [u.kind, u.index],
      message: `unknown ${SINGULAR[u.kind]} '${u.id}': a bare id in ${u.kind} names an entry of the shared registry, and there is none`,
      params: { fix: `${guess ? `did you mean '${guess}'? ` : ''}write the entry out here, or add content/${u.kind}/${u.id}.yaml` },
    };
  });
}

/** A shared entry as a report in `lang` carries it: a copy in its words, without the registry's own fields. */
function writtenOut(entry: object, id: string, lang: string): Loose {
  const copy = structuredClone(entry) as Loose;
  const translations = copy['translations'] as Record<string, Loose> | undefined;
  const words = translations?.[lang] ?? translations?.[lang.split('-')[0] ?? ''];
  if (words) for (const [key, value] of Object.entries(words)) if (value !== undefined) copy[key] = value;
  delete copy['previousIds'];
  delete copy['translations'];
  copy['id'] = id;
  return copy;
}

function setAt(root: unknown, path: RefPath, id: string): void {
  let node = root as Loose;
  for (const key of path.slice(0, -1)) node = node[key as string] as Loose;
  (node as Loose)[path.at(-1) as string] = id;
}
