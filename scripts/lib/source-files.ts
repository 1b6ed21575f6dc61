/**
 * The sources of the content files, found and edited in place for `npm run archive` and `npm run links`:
 * reports (`content/reports/*.mdx`, the `sources:` list of the frontmatter) and, where they exist, shared
 * source files (`content/sources/*.yaml`: a source, a list of sources, or a `sources:` list).
 *
 * Edits keep the file as the editor wrote it: the `yaml` package's Document API finds the source's node
 * and its exact offsets, and only the new fields are spliced into the text (a flow map `{ ... }` gets
 * `, archived: '…'` before its brace; a block map gets new lines at its indentation). Comments, folded
 * text and quoting elsewhere are untouched, and every edit is verified by parsing the result again.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLMap } from 'yaml';

export interface SourceEntry {
  file: string;
  id: string;
  url?: string | undefined;
  archived?: string | undefined;
  archivedOn?: string | undefined;
  /** 1-based position of the entry's `url` (or of the entry) in the file. */
  line: number;
  column: number;
}

/** The report and source files under the given paths (files or folders), sorted. */
export function contentFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) continue;
    if (statSync(path).isFile()) out.push(path);
    else {
      for (const name of readdirSync(path).sort()) {
        if (/\.(mdx?|ya?ml)$/.test(name) && !name.startsWith('_')) out.push(join(path, name));
      }
    }
  }
  return out;
}

/** The default places to look: the reports and, when the site has one, the shared registry of sources. */
export const DEFAULT_CONTENT = ['content/reports', 'content/sources'];

const FRONTMATTER = /^(---[ \t]*\r?\n)([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

interface Parsed {
  doc: Document;
  /** Offset of the YAML within the file text. */
  offset: number;
  lines: LineCounter;
  entries: YAMLMap[];
}

function parse(file: string, text: string): Parsed | undefined {
  let yamlText = text;
  let offset = 0;
  if (/\.mdx?$/.test(file)) {
    const match = FRONTMATTER.exec(text);
    if (!match) return undefined;
    offset = match[1]!.length;
    yamlText = match[2] ?? '';
  }
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, keepSourceTokens: true });
  if (doc.errors.length > 0) return undefined;
  const root = doc.contents;
  let list: unknown;
  if (isMap(root) && root.has('sources')) list = root.get('sources', true);
  else if (isMap(root) && root.has('id')) list = { items: [root] };
  else list = root;
  const items = isSeq(list) ? list.items : (list as { items?: unknown[] } | undefined)?.items ?? [];
  const entries = items.filter((item): item is YAMLMap => isMap(item) && typeof item.get('id') === 'string');
  return { doc, offset, lines, entries };
}

const str = (map: YAMLMap, key: string): string | undefined => {
  const value = map.get(key);
  return typeof value === 'string' ? value : value instanceof Date ? value.toISOString().slice(0, 10) : undefined;
};

/** Every source entry of a file, with its URLs and position. Files that do not parse give none. */
export function readSources(file: string, text: string): SourceEntry[] {
  const parsed = parse(file, text);
  if (!parsed) return [];
  const bodyLineOffset = text.slice(0, parsed.offset).split('\n').length - 1;
  return parsed.entries.map((map) => {
    const urlNode = map.get('url', true);
    const at = (isScalar(urlNode) && urlNode.range ? urlNode.range[0] : map.range?.[0]) ?? 0;
    const pos = parsed.lines.linePos(at);
    return {
      file,
      id: String(map.get('id')),
      url: str(map, 'url'),
      archived: str(map, 'archived'),
      archivedOn: str(map, 'archivedOn'),
      line: pos.line + bodyLineOffset,
      column: pos.col,
    };
  });
}

/** A URL as a single-quoted YAML scalar (safe in flow and block maps alike). */
const quoted = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * The file's text with `fields` set on the source `id` (existing values replaced in place, missing keys
 * added at the entry's own indentation or inside its braces). Throws when the entry is not found or the
 * result would not read back as exactly the old data plus these fields.
 */
export function setSourceFields(file: string, text: string, id: string, fields: Record<string, string>): string {
  const parsed = parse(file, text);
  const map = parsed?.entries.find((m) => m.get('id') === id);
  if (!parsed || !map?.range) throw new Error(`${file}: no source '${id}' found to edit`);
  const edits: { at: number; end: number; insert: string }[] = [];
  const missing: [string, string][] = [];
  for (const [key, value] of Object.entries(fields)) {
    const rendered = key === 'archivedOn' || key === 'accessed' ? value : quoted(value);
    const node = map.get(key, true);
    if (isScalar(node) && node.range) edits.push({ at: parsed.offset + node.range[0], end: parsed.offset + node.range[1], insert: rendered });
    else missing.push([key, rendered]);
  }
  if (missing.length > 0) {
    if (map.flow) {
      // Before the closing brace: `{ id: a, url: '…' }` → `{ id: a, url: '…', archived: '…' }`.
      const close = text.lastIndexOf('}', parsed.offset + map.range[1]);
      let at = close;
      while (at > 0 && /\s/.test(text[at - 1]!)) at -= 1;
      edits.push({ at, end: at, insert: missing.map(([k, v]) => `, ${k}: ${v}`).join('') });
    } else {
      const first = map.items[0]?.key;
      const keyStart = parsed.offset + ((isScalar(first) && first.range?.[0]) || map.range[0]);
      const indent = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
      // After the entry's last value (a folded block ends at its last line).
      let at = parsed.offset + map.range[1];
      while (at > 0 && /\s/.test(text[at - 1]!)) at -= 1;
      const eol = text.indexOf('\n', at);
      const lineEnd = eol < 0 ? text.length : eol;
      const newline = text[lineEnd - 1] === '\r' ? '\r\n' : '\n';
      const insertAt = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
      edits.push({ at: insertAt, end: insertAt, insert: missing.map(([k, v]) => `${newline}${' '.repeat(indent)}${k}: ${v}`).join('') });
    }
  }
  let out = text;
  for (const edit of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, edit.at) + edit.insert + out.slice(edit.end);
  verify(file, text, out, id, fields);
  return out;
}

/** The edit changed exactly the fields asked for: the rest of the data reads back the same. */
function verify(file: string, before: string, after: string, id: string, fields: Record<string, string>): void {
  const a = parse(file, before);
  const b = parse(file, after);
  if (!a || !b) throw new Error(`${file}: the edit of source '${id}' would break the file's YAML; nothing was written`);
  const expected = a.doc.toJS() as unknown;
  const entry = (data: unknown) => {
    const sources = Array.isArray(data) ? data : (data as { sources?: unknown[] }).sources ?? [data];
    return (sources as Record<string, unknown>[]).find((s) => s?.['id'] === id);
  };
  const target = entry(expected);
  if (target) Object.assign(target, fields);
  const normal = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v));
  if (normal(expected) !== normal(b.doc.toJS())) throw new Error(`${file}: the edit of source '${id}' would change more than its fields; nothing was written`);
}
