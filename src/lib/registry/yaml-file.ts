/**
 * Reads one YAML file with positions kept, so a problem in a registry file can point at the line and column of
 * a field. Syntax errors come back as located problems; the parse never throws.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from '../check/problem.ts';

export interface YamlFile {
  /** The data as plain JavaScript, or undefined when the file could not be read. */
  data: unknown;
  /** The parsed document (comments and formatting kept), for tools that rewrite the file. */
  doc: Document;
  /** 1-based line and column of the field at `path` (or of its closest parent that exists). */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
  problems: Problem[];
}

/** Alias uses beyond which a document counts as an expansion bomb ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;

/** Parses `text`, the content of `file`. */
export function parseYamlFile(file: string, text: string): YamlFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = doc.errors.slice(0, 1).concat(doc.errors.slice(1).filter((e) => e.code === 'DUPLICATE_KEY')).map((e) => ({
    file,
    ...at(e.pos[0]),
    path: '',
    message: e.code === 'DUPLICATE_KEY' ? 'a key appears twice in the same entry (YAML keeps only one)' : `YAML: ${e.message.split('\n')[0] ?? e.message}`,
    fix: e.code === 'DUPLICATE_KEY' ? 'remove or rename one of the two keys' : 'check the indentation, quotes and brackets on this line and the one before',
    severity: 'error',
    rule: 'yaml',
  }));
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      problems.push({ file, line: 1, column: 1, path: '', message: `the file cannot be read: ${(error as Error).message}`, fix: 'write the data out instead of repeating it with &anchors and *aliases', severity: 'error', rule: 'yaml' });
    }
  }
  return { data, doc, locate: (path) => at(nodeOffset(doc, path)), problems };
}

/** Offset of the node at `path` in `doc`: a key for map entries, the item for list entries. */
export function nodeOffset(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let best = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      best = (pair.key as Node).range?.[0] ?? best;
      node = pair.value;
      if (isScalar(node)) best = node.range?.[0] ?? best;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (!item) break;
      node = item;
      best = (item as Node).range?.[0] ?? best;
    } else break;
  }
  return best;
}
