/**
 * `npm run registry -- extract`: moves what reports share into the registry. Entries of one kind that two or
 * more reports declare under one id, or under different ids with a shared name (places: also within their
 * precision of each other), become one registry file; each report's entry becomes the bare id, and references to
 * a merged id are rewritten. What a moved entry refers to (a place's sources, an actor's affiliations) moves with it.
 *
 * Pure: files in, files out. Reports are edited in place, span by span (found through the `yaml` package's
 * Document API), so everything not moved keeps its formatting and comments byte for byte.
 */
import { parseDocument, isScalar, isSeq, stringify, type Document, type Node } from 'yaml';
import type { Problem } from '../check/problem.ts';
import { REGISTRY_LANG, namesOf, type Declaration } from './declarations.ts';
import { coordinatesOf, distanceKm, nameKey, toleranceKm } from './drift.ts';
import { parseRegistry, type Registry, type RegistryFile } from './load.ts';
import { entryReferences, references } from './refs.ts';
import { REGISTRY_KINDS, REGISTRY_SCHEMAS, SINGULAR, TRANSLATED_FIELDS, type RegistryKind } from './schema.ts';

export interface TextFile {
  file: string;
  text: string;
}

export interface ExtractResult {
  /** Registry files to write (new or updated), under `registryDir`. */
  registry: TextFile[];
  /** Reports whose text changes. */
  reports: TextFile[];
  /** What changes, one line each, for the dry run and the log. */
  log: string[];
  /** Drift errors that stop the extraction (one id, two places): fix them first. */
  errors: Problem[];
}

interface ParsedReport {
  file: string;
  text: string;
  slug: string;
  /** Offset of the YAML text in the file. */
  offset: number;
  doc: Document;
  data: Record<string, unknown>;
  /** Sort key: the earliest publication day, then the file. */
  order: string;
}

interface Decl extends Declaration {
  report?: ParsedReport | undefined;
  /** The YAML node of the entry in its report. */
  node?: Node | undefined;
}

type Key = string;
const keyOf = (kind: RegistryKind, id: string): Key => `${kind}:${id}`;
const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Plans the extraction: which entries move, under which id, and the new text of every file it touches.
 * `registryDir` is where the registry folders are (`content`).
 */
export function extract(reportFiles: readonly TextFile[], registryFiles: readonly RegistryFile[], registryDir = 'content'): ExtractResult {
  const registry = parseRegistry(registryFiles);
  const reports = reportFiles.flatMap((f) => parseReport(f) ?? []).sort((a, b) => a.order.localeCompare(b.order));
  const decls: Decl[] = [...registryDecls(registry), ...reports.flatMap(reportDecls)];
  const clusters = cluster(decls, registry);
  const errors = disagreements(clusters);
  if (errors.length > 0) return { registry: [], reports: [], log: [], errors };

  // Which clusters move: shared by two reports, or holding a registry entry; then what those refer to.
  const moving = new Set(clusters.filter((c) => c.some((d) => d.report) && (c.some((d) => d.owner === 'registry') || new Set(c.map((d) => d.owner)).size > 1)));
  const clusterOf = new Map<Decl, Decl[]>();
  for (const c of clusters) for (const d of c) clusterOf.set(d, c);
  // Clusters are sorted registry first, then oldest report: the canonical declaration is the first in the
  // registry's language (another language's words become its translations).
  const canonical = (c: Decl[]): Decl => c.find((d) => d.lang === REGISTRY_LANG) ?? c[0]!;
  const renames = new Map<string, Map<Key, string>>(); // report file -> (kind:id -> new id)
  const closeOver = () => {
    let added = true;
    while (added) {
      added = false;
      for (const c of [...moving]) {
        const first = canonical(c);
        if (!first.report) continue;
        for (const r of entryReferences(first.kind, first.data)) {
          const target = decls.find((d) => d.report === first.report && d.kind === r.kind && d.id === r.id);
          const tc = target ? clusterOf.get(target) : undefined;
          if (tc && !moving.has(tc)) {
            moving.add(tc);
            added = true;
          }
        }
      }
    }
  };
  closeOver();
  for (const c of moving) {
    const id = canonical(c).id;
    for (const d of c) {
      if (!d.report || d.id === id) continue;
      const map = renames.get(d.report.file) ?? new Map<Key, string>();
      map.set(keyOf(d.kind, d.id), id);
      renames.set(d.report.file, map);
    }
  }

  const log: string[] = [];
  const registryOut: TextFile[] = [];
  for (const c of [...moving].sort((a, b) => keyOf(canonical(a).kind, canonical(a).id).localeCompare(keyOf(canonical(b).kind, canonical(b).id)))) {
    const first = canonical(c);
    const file = `${registryDir}/${first.kind}/${first.id}.yaml`;
    const from = c.filter((d) => d.report).map((d) => `${d.report!.file} ${d.path}${d.id === first.id ? '' : ` ('${d.id}')`}`);
    if (first.owner === 'registry') {
      const updated = updateRegistryFile(registryFiles.find((f) => f.file === first.file)!, first, c);
      if (updated) registryOut.push(updated);
      log.push(`${first.file}: ${SINGULAR[first.kind]} '${first.id}' is already shared; ${from.join(', ')} will use it`);
    } else {
      const rename = renames.get(first.report!.file) ?? new Map<Key, string>();
      registryOut.push({ file, text: registryText(first, c, rename) });
      log.push(`${file}: new ${SINGULAR[first.kind]} '${first.id}', from ${from.join(', ')}`);
    }
  }
  const movingDecls = new Set([...moving].flat());
  const reportsOut: TextFile[] = [];
  for (const report of reports) {
    const { text, changes } = rewriteReport(report, decls.filter((d) => d.report === report && movingDecls.has(d)), (d) => canonical(clusterOf.get(d)!).id, renames.get(report.file) ?? new Map());
    if (text !== report.text) {
      reportsOut.push({ file: report.file, text });
      log.push(`${report.file}: ${changes.join('; ')}`);
    }
  }
  return { registry: registryOut, reports: reportsOut, log, errors: [] };
}

function parseReport(f: TextFile): ParsedReport | undefined {
  const match = FENCE.exec(f.text);
  if (!match) return undefined;
  const yamlText = match[1] ?? '';
  const offset = match[0].indexOf(yamlText);
  const doc = parseDocument(yamlText, { keepSourceTokens: false });
  if (doc.errors.length > 0) return undefined;
  const data = doc.toJS() as unknown;
  if (!isObject(data)) return undefined;
  const published = data['published'];
  const day = typeof published === 'string' ? published : isObject(published) && typeof published['start'] === 'string' ? published['start'] : '9999';
  const slug = (f.file.split(/[\\/]/).pop() ?? f.file).replace(/\.mdx?$/, '');
  return { file: f.file, text: f.text, slug, offset, doc, data, order: `${day} ${f.file}` };
}

function registryDecls(registry: Registry): Decl[] {
  return REGISTRY_KINDS.flatMap((kind) => [...registry.entries[kind].values()].map((e) => ({ kind, id: e.id, data: e.data as Record<string, unknown>, file: e.file, owner: 'registry', locate: e.locate, path: '', lang: REGISTRY_LANG })));
}

function reportDecls(report: ParsedReport): Decl[] {
  const lang = typeof report.data['lang'] === 'string' ? report.data['lang'] : REGISTRY_LANG;
  return REGISTRY_KINDS.flatMap((kind) => {
    const seq = report.doc.get(kind, true);
    const list = Array.isArray(report.data[kind]) ? (report.data[kind] as unknown[]) : [];
    return list.flatMap((item, index): Decl[] => {
      if (!isObject(item) || typeof item['id'] !== 'string') return [];
      const node = isSeq(seq) ? (seq.items[index] as Node | undefined) : undefined;
      return [{ kind, id: item['id'], data: item, file: report.file, owner: report.slug, index, report, node, locate: () => ({ line: 1, column: 1 }), path: `${kind}[${index}]`, lang }];
    });
  });
}

/** Groups declarations of one thing: one id, an old id of a registry entry, or a shared name (places: within tolerance). */
function cluster(decls: readonly Decl[], registry: Registry): Decl[][] {
  const parent = decls.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byKey = new Map<string, number[]>();
  const note = (key: string, i: number) => byKey.set(key, [...(byKey.get(key) ?? []), i]);
  decls.forEach((d, i) => {
    note(`id|${keyOf(d.kind, d.id)}`, i);
    const renamed = d.owner !== 'registry' ? registry.previous[d.kind].get(d.id) : undefined;
    if (renamed) note(`id|${keyOf(d.kind, renamed)}`, i);
    for (const name of namesOf(d)) note(`name|${d.kind}:${nameKey(name)}`, i);
  });
  for (const [key, members] of byKey) {
    for (let j = 1; j < members.length; j++) {
      const [a, b] = [decls[members[0]!]!, decls[members[j]!]!];
      if (key.startsWith('name|') && !closeEnough(a, b)) continue;
      union(members[0]!, members[j]!);
    }
  }
  const groups = new Map<number, Decl[]>();
  decls.forEach((d, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), d]));
  // Registry first, then reports oldest first (decls are in that order already); one kind per cluster.
  return [...groups.values()].filter((c) => c.every((d) => d.kind === c[0]!.kind));
}

/** Two places with a shared name are one only within their precision of each other; other kinds always. */
function closeEnough(a: Decl, b: Decl): boolean {
  const [ca, cb] = [coordinatesOf(a), coordinatesOf(b)];
  if (!ca || !cb) return true;
  return distanceKm(ca, cb) <= Math.max(toleranceKm(ca), toleranceKm(cb));
}

/** One id whose places disagree beyond their precision: the check's error; extraction waits for a fix. */
function disagreements(clusters: readonly Decl[][]): Problem[] {
  return clusters.flatMap((c) => {
    const first = c[0]!;
    const a = coordinatesOf(first);
    return c.slice(1).flatMap((d): Problem[] => {
      const b = coordinatesOf(d);
      if (!a || !b || d.id !== first.id) return [];
      const km = distanceKm(a, b);
      if (km <= Math.max(toleranceKm(a), toleranceKm(b))) return [];
      return [{ file: d.file, line: 1, column: 1, path: `${d.path}.lat`, severity: 'error', rule: 'registry-coordinates', message: `place '${d.id}' is ${km.toFixed(1)} km from its other declaration in ${first.file}`, fix: 'run npm run check and fix the coordinates first' }];
    });
  });
}

/** The registry file of a new shared entry: the oldest declaration, with the other names and ids it was known by. */
function registryText(first: Decl, c: readonly Decl[], rename: ReadonlyMap<Key, string>): string {
  const data = mergedData(first, c);
  for (const r of entryReferences(first.kind, data)) {
    const to = rename.get(keyOf(r.kind, r.id));
    if (to) setAt(data, r.path, to);
  }
  const order = Object.keys(REGISTRY_SCHEMAS[first.kind].shape).filter((k) => k !== 'id');
  const ordered = Object.fromEntries(order.filter((k) => data[k] !== undefined && !(Array.isArray(data[k]) && (data[k] as unknown[]).length === 0)).map((k) => [k, data[k]]));
  const owners = [...new Set(c.filter((d) => d.report).map((d) => d.report!.file))];
  const head = `# Shared ${SINGULAR[first.kind]} '${first.id}', moved here by \`npm run registry -- extract\` from ${owners.join(', ')}.\n`;
  return head + stringify(ordered, { lineWidth: 0, flowCollectionPadding: true });
}

function mergedData(first: Decl, c: readonly Decl[]): Record<string, unknown> {
  const data = structuredClone(first.data);
  delete data['id'];
  const same = c.filter((d) => d.lang === first.lang);
  const own = new Set([first.data['name'], first.data['short'], first.data['title']].filter((v): v is string => typeof v === 'string').map(nameKey));
  const aliases: string[] = [];
  const seen = new Set(own);
  for (const d of same) {
    const forms = d.kind === 'sources' ? (Array.isArray(d.data['aliases']) ? d.data['aliases'] : []) : [d.data['name'], d.data['short'], ...(Array.isArray(d.data['aliases']) ? d.data['aliases'] : [])];
    for (const form of forms) {
      if (typeof form !== 'string' || seen.has(nameKey(form))) continue;
      seen.add(nameKey(form));
      aliases.push(form);
    }
  }
  if (aliases.length > 0) data['aliases'] = aliases;
  for (const d of same.slice(1)) for (const [k, v] of Object.entries(d.data)) if (data[k] === undefined && k !== 'id' && typeof v !== 'object') data[k] = v;
  // Declarations in another language give the entry's words in it.
  const translations = { ...((data['translations'] as Record<string, Record<string, unknown>> | undefined) ?? {}) };
  for (const d of c) {
    if (d.lang === first.lang || translations[d.lang]) continue;
    translations[d.lang] = Object.fromEntries(TRANSLATED_FIELDS.filter((k) => d.data[k] !== undefined && !(Array.isArray(d.data[k]) && (d.data[k] as unknown[]).length === 0)).map((k) => [k, d.data[k]]));
  }
  if (Object.keys(translations).length > 0) data['translations'] = translations;
  const previous = [...new Set(c.map((d) => d.id).filter((id) => id !== first.id))];
  if (previous.length > 0) data['previousIds'] = previous;
  return data;
}

/** Adds the names and old ids of the merged declarations to an existing registry file (comments kept). */
function updateRegistryFile(file: RegistryFile, first: Decl, c: readonly Decl[]): TextFile | undefined {
  const doc = parseDocument(file.text);
  const merged = mergedData(first, c);
  let changed = false;
  const have = (doc.get('translations') as { toJSON?: () => unknown } | undefined)?.toJSON?.() as Record<string, unknown> | undefined;
  for (const [lang, words] of Object.entries((merged['translations'] as Record<string, unknown> | undefined) ?? {})) {
    if (have?.[lang]) continue;
    doc.setIn(['translations', lang], doc.createNode(words));
    changed = true;
  }
  for (const key of ['aliases', 'previousIds'] as const) {
    const now = (doc.get(key) as { toJSON?: () => unknown } | undefined)?.toJSON?.() ?? [];
    const want = (merged[key] as string[] | undefined) ?? [];
    const missing = want.filter((v) => !(now as string[]).includes(v));
    if (missing.length === 0) continue;
    const before = doc.get(key, true) as { flow?: boolean } | undefined;
    const node = doc.createNode([...(now as string[]), ...missing]);
    (node as { flow?: boolean }).flow = before?.flow ?? false;
    doc.set(key, node);
    changed = true;
  }
  return changed ? { file: file.file, text: doc.toString({ lineWidth: 0, flowCollectionPadding: true }) } : undefined;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The report with its moved entries as bare ids and its references to merged ids renamed, span by span. */
function rewriteReport(report: ParsedReport, moved: readonly Decl[], idOf: (d: Decl) => string, rename: ReadonlyMap<Key, string>): { text: string; changes: string[] } {
  const edits: Edit[] = [];
  const changes: string[] = [];
  const listed = new Set<Key>();
  for (const d of moved) {
    const [start, end] = d.node?.range ?? [];
    if (start === undefined || end === undefined) continue;
    const id = idOf(d);
    const abs = report.offset + start;
    const slice = report.text.slice(abs, report.offset + end);
    if (listed.has(keyOf(d.kind, id))) {
      // A second entry for the same shared one: remove its line(s), dash included.
      const lineStart = report.text.lastIndexOf('\n', abs) + 1;
      edits.push({ start: lineStart, end: report.offset + end + (slice.endsWith('\n') ? 0 : 1), text: '' });
      changes.push(`${d.path} '${d.id}' removed (listed already as '${id}')`);
      continue;
    }
    listed.add(keyOf(d.kind, id));
    edits.push({ start: abs, end: report.offset + end, text: id + (slice.endsWith('\n') ? '\n' : '') });
    changes.push(`${d.path} -> '${id}'${d.id === id ? '' : ` (was '${d.id}')`}`);
  }
  const inMoved = (path: (string | number)[]) => moved.some((d) => d.kind === path[0] && d.index === path[1]);
  for (const r of references(report.data)) {
    const to = rename.get(keyOf(r.kind, r.id));
    if (!to || inMoved(r.path)) continue;
    const node = report.doc.getIn(r.path, true);
    if (!isScalar(node) || !node.range) continue;
    edits.push({ start: report.offset + node.range[0], end: report.offset + node.range[1], text: to });
    changes.push(`${r.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').slice(1)} '${r.id}' -> '${to}'`);
  }
  // Explicit references in the body (`:place[al-Mayadin]{#mayadin}`).
  const bodyStart = FENCE.exec(report.text)![0].length;
  const body = report.text.slice(bodyStart);
  const directive = /:(place|actor|source)\[([^\]]*)\]\{#([a-z0-9-]+)\}/g;
  for (const m of body.matchAll(directive)) {
    const kind = `${m[1]}s` as RegistryKind;
    const to = rename.get(keyOf(kind, m[3]!));
    if (!to) continue;
    const idStart = bodyStart + m.index + m[0].length - m[3]!.length - 1;
    edits.push({ start: idStart, end: idStart + m[3]!.length, text: to });
    changes.push(`body: {#${m[3]}} -> {#${to}}`);
  }
  edits.sort((a, b) => b.start - a.start);
  let text = report.text;
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return { text, changes };
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: string): void {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  (node as Record<string | number, unknown>)[path.at(-1)!] = value;
}
