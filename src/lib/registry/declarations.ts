/**
 * Every place, actor and source the site declares, wherever it is declared: a registry file, or a report's own
 * list. The drift checks and the extract command read these; each knows its file and how to locate a field.
 */
import type { Locate } from '../report/problem.ts';
import type { Registry } from './load.ts';
import { REGISTRY_KINDS, type RegistryKind } from './schema.ts';

/** The language of the registry's own words (a report in another reads the entry's `translations`). */
export const REGISTRY_LANG = 'en';

export interface Declaration {
  kind: RegistryKind;
  id: string;
  /** The entry as written (not validated when it comes from a report with errors). */
  data: Record<string, unknown>;
  file: string;
  /** `registry`, or the slug of the report that declares it. */
  owner: string;
  /** Index in the report's list (`places[3]`); undefined in the registry. */
  index?: number | undefined;
  /** Locates a field of this entry (`['lat']`, or `[]` for the entry itself). */
  locate: Locate;
  /** The field path of the entry as a message shows it: `places[3]`, or `` in a registry file. */
  path: string;
  /** The language its words are in: the report's `lang`; the registry's own words are English. */
  lang: string;
}

/** A report as the checks see it: its file, its slug and its frontmatter as written, with positions. */
export interface ReportSource {
  file: string;
  slug: string;
  /** The frontmatter as plain data (undefined when it could not be read). */
  data: unknown;
  locate: Locate;
}

/** The registry's entries as declarations. */
export function registryDeclarations(registry: Registry): Declaration[] {
  return REGISTRY_KINDS.flatMap((kind) =>
    [...registry.entries[kind].values()].map((e) => ({ kind, id: e.id, data: e.data as Record<string, unknown>, file: e.file, owner: 'registry', locate: e.locate, path: '', lang: REGISTRY_LANG })),
  );
}

/** A report's own entries (items of `places`, `actors`, `sources` written out in full, not bare registry ids). */
export function reportDeclarations(report: ReportSource): Declaration[] {
  const data = report.data && typeof report.data === 'object' ? (report.data as Record<string, unknown>) : {};
  const lang = typeof data['lang'] === 'string' ? data['lang'] : REGISTRY_LANG;
  return REGISTRY_KINDS.flatMap((kind) => {
    const list = Array.isArray(data[kind]) ? (data[kind] as unknown[]) : [];
    return list.flatMap((item, index): Declaration[] => {
      if (!item || typeof item !== 'object' || typeof (item as { id?: unknown }).id !== 'string') return [];
      const entry = item as Record<string, unknown>;
      return [{ kind, id: entry['id'] as string, data: entry, file: report.file, owner: report.slug, index, locate: (path) => report.locate([kind, index, ...path]), path: `${kind}[${index}]`, lang }];
    });
  });
}

/**
 * The names that identify an entry: a place's or actor's name, short form and aliases; a source's title. A
 * source's aliases are left out: they are how prose refers to it ("the Pentagon"), and many statements by one
 * office rightly share them; so is its URL, which may be an office's index of statements rather than the one.
 */
export function namesOf(d: Declaration): string[] {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? [v] : []);
  if (d.kind === 'sources') return text(d.data['title']);
  const aliases = Array.isArray(d.data['aliases']) ? d.data['aliases'].flatMap(text) : [];
  return [...text(d.data['name']), ...text(d.data['short']), ...aliases];
}

/** Where a declaration is, for a message that names it: `content/places/al-tanf.yaml` or `content/reports/x.mdx:40:5`. */
export function whereIs(d: Declaration): string {
  const { line, column } = d.locate([]);
  return `${d.file}:${line}:${column}`;
}
