/**
 * The shared registry: places, actors and sources declared once for the whole site, one YAML file per entry
 * (`content/places/al-tanf.yaml`). `parseRegistry` is pure (files in, entries and problems out); `readRegistry`
 * reads the folders from disk. The check, the build (src/content.config.ts) and `npm run registry` all use it.
 */
import { issueProblems } from '../report/schema-problems.ts';
import type { Locate } from '../report/problem.ts';
import type { Problem } from '../report/problem.ts';
import { ID_PATTERN, toKebab } from '../schema/common.ts';
import { checkRegistryReferences } from './references.ts';
import { REGISTRY_KINDS, REGISTRY_SCHEMAS, type RegistryData, type RegistryKind } from './schema.ts';
import { parseYamlFile } from './yaml-file.ts';

/** One registry file as read from disk. */
export interface RegistryFile {
  kind: RegistryKind;
  /** Path as the editor knows it (relative to the project), e.g. `content/places/al-tanf.yaml`. */
  file: string;
  text: string;
}

/** A valid entry, with where it came from. */
export interface RegistryEntry<K extends RegistryKind = RegistryKind> {
  kind: K;
  id: string;
  data: RegistryData[K];
  file: string;
  /** Line and column of a field of the entry (`['lat']`). */
  locate: Locate;
}

export type EntriesByKind = { readonly [K in RegistryKind]: ReadonlyMap<string, RegistryEntry<K>> };

export interface Registry {
  /** Valid entries by kind and id. */
  entries: EntriesByKind;
  /** Old id -> current id, by kind (from `previousIds`). */
  previous: { readonly [K in RegistryKind]: ReadonlyMap<string, string> };
  /** Ids of files that exist but failed validation: references to them are not reported again. */
  broken: { readonly [K in RegistryKind]: ReadonlySet<string> };
  problems: Problem[];
}

/** The registry the report schema takes as context: the data of each entry, by kind and id. */
export type RegistryContext = { readonly [K in RegistryKind]: ReadonlyMap<string, RegistryData[K]> };

/** An empty registry (a site without `content/places/` and the rest). */
export function emptyRegistry(): Registry {
  return parseRegistry([]);
}

/** The data of every valid entry, by kind and id: what `createReportSchema({ registry })` expects. */
export function registryContext(registry: Registry): RegistryContext {
  const data = <K extends RegistryKind>(kind: K) => new Map([...registry.entries[kind]].map(([id, e]) => [id, e.data]));
  return { places: data('places'), actors: data('actors'), sources: data('sources') };
}

/** The file name's id: `content/places/al-tanf.yaml` -> `al-tanf`. */
export function idFromFile(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/i, '');
}

/** Validates every file and the references between entries. Never throws on bad content. */
export function parseRegistry(files: readonly RegistryFile[]): Registry {
  const entries = { places: new Map(), actors: new Map(), sources: new Map() } as { [K in RegistryKind]: Map<string, RegistryEntry<K>> };
  const broken = { places: new Set<string>(), actors: new Set<string>(), sources: new Set<string>() };
  const problems: Problem[] = [];
  const sorted = [...files].sort((a, b) => a.file.localeCompare(b.file));
  for (const f of sorted) {
    const result = parseEntry(f);
    problems.push(...result.problems);
    if (result.entry) (entries[f.kind] as Map<string, RegistryEntry>).set(result.entry.id, result.entry);
    else if (ID_PATTERN.test(idFromFile(f.file))) broken[f.kind].add(idFromFile(f.file));
  }
  const previous = { places: new Map<string, string>(), actors: new Map<string, string>(), sources: new Map<string, string>() };
  for (const kind of REGISTRY_KINDS) {
    for (const entry of entries[kind].values()) {
      entry.data.previousIds.forEach((old, i) => {
        const at = { file: entry.file, ...entry.locate(['previousIds', i]), path: `previousIds[${i}]`, severity: 'error' as const, rule: 'registry-id' };
        const current = entries[kind].get(old);
        const claimed = previous[kind].get(old);
        if (old === entry.id) problems.push({ ...at, message: `'${old}' is this entry's own id`, fix: 'remove it from previousIds' });
        else if (current) problems.push({ ...at, message: `'${old}' is still the id of ${current.file}`, fix: `merge the two: move what ${current.file} says here, then delete it` });
        else if (claimed) problems.push({ ...at, message: `'${old}' is already a previous id of '${claimed}'`, fix: 'an old id can lead to one entry only: remove it from one of them' });
        else previous[kind].set(old, entry.id);
      });
    }
  }
  const registry: Registry = { entries, previous, broken, problems };
  problems.push(...checkRegistryReferences(registry));
  return registry;
}

function parseEntry(f: RegistryFile): { entry?: RegistryEntry; problems: Problem[] } {
  const yaml = parseYamlFile(f.file, f.text);
  const problems = [...yaml.problems];
  const id = idFromFile(f.file);
  const top = { file: f.file, line: 1, column: 1, path: '', severity: 'error' as const, rule: 'registry' };
  if (!ID_PATTERN.test(id)) {
    const suggestion = toKebab(id) || 'al-tanf';
    problems.push({ ...top, message: `the file name '${id}' is not a kebab-case id`, fix: `rename the file to ${suggestion}.yaml: the file name is the entry's id` });
    return { problems };
  }
  if (yaml.data === undefined) return { problems };
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    problems.push({ ...top, message: `a registry file holds one entry (key: value fields), not ${Array.isArray(yaml.data) ? 'a list' : JSON.stringify(yaml.data)}`, fix: 'one file per entry: split a list into one file each, named after its id' });
    return { problems };
  }
  const data = yaml.data as Record<string, unknown>;
  if (data['id'] !== undefined && data['id'] !== id) {
    problems.push({ ...top, ...yaml.locate(['id']), path: 'id', message: `id '${String(data['id'])}' does not match the file name '${id}'`, fix: `rename the file to ${String(data['id'])}.yaml, or remove the id line (the file name is the id)` });
  }
  const result = REGISTRY_SCHEMAS[f.kind].safeParse({ ...data, id });
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...issueProblems(f.file, issue, yaml.locate, data).map((p) => ({ ...p, rule: 'registry' })));
    return { problems };
  }
  if (problems.some((p) => p.severity === 'error')) return { problems };
  const entry = { kind: f.kind, id, data: { ...result.data, id }, file: f.file, locate: yaml.locate } as RegistryEntry;
  return { entry, problems };
}
