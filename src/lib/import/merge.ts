/**
 * Puts imported entries into a report: as a YAML snippet to paste, or merged into a report
 * file's frontmatter (comments and order kept; entries whose id is already there are skipped).
 */
import { parseDocument, isSeq, stringify, type Document } from 'yaml';
import { FRONTMATTER } from '../report/frontmatter.ts';
import { loadReport } from '../report/load.ts';
import type { Problem } from '../report/problem.ts';

export type Lists = Record<'places' | 'actors' | 'events' | 'sources', { id: string }[]>;
const LISTS = ['places', 'actors', 'events', 'sources'] as const;

/** An entry without the fields that only repeat a default (empty lists, `scope: focus`). */
function compact<T extends object>(entry: T): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entry).filter(([key, value]) => !(Array.isArray(value) && value.length === 0) && !(key === 'scope' && value === 'focus') && value !== undefined).map(([key, value]) => [key, value && typeof value === 'object' && !Array.isArray(value) ? compact(value) : value]).filter(([, value]) => !(value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)),
  );
}

/** The entries as YAML, under `places:`, `actors:`, `events:` and `sources:`. */
export function toYamlSnippet(lists: Lists): string {
  const data = Object.fromEntries(LISTS.filter((l) => lists[l].length > 0).map((l) => [l, lists[l].map(compact)]));
  return stringify(data, { lineWidth: 0 });
}

export interface MergeResult {
  text: string;
  added: Record<(typeof LISTS)[number], number>;
  skipped: string[];
  /** What the loader finds in the merged report (errors block the write: a duplicate id, a date outside the period ...). */
  problems: Problem[];
}

/** `source` (the report `file`) with the entries added to its frontmatter lists, and the merged report's problems. */
export function mergeIntoReport(source: string, lists: Lists, file = 'report.mdx'): MergeResult {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error('the report has no frontmatter (a first line ---, the YAML, a closing ---)');
  const yamlText = `${match[1] ?? ''}\n`;
  const open = match[0].slice(0, match[0].indexOf('\n') + 1);
  const close = match[0].slice(open.length + (match[1] ?? '').length).replace(/^\r?\n/, '');
  const doc: Document = parseDocument(yamlText);
  if (doc.errors.length > 0) throw new Error(`the report's frontmatter is not valid YAML: ${doc.errors[0]!.message}`);
  const added = { places: 0, actors: 0, events: 0, sources: 0 };
  const skipped: string[] = [];
  for (const list of LISTS) {
    const items = lists[list];
    if (items.length === 0) continue;
    let seq = doc.get(list, true);
    if (!isSeq(seq)) {
      doc.set(list, doc.createNode([]));
      seq = doc.get(list, true);
    }
    if (!isSeq(seq)) continue;
    const existing = new Set((seq.toJSON() as { id?: unknown }[]).map((e) => e?.id));
    for (const item of items) {
      if (existing.has(item.id)) {
        skipped.push(`${list}: ${item.id}`);
        continue;
      }
      seq.add(doc.createNode(compact(item)));
      added[list] += 1;
    }
  }
  const text = `${open}${doc.toString({ lineWidth: 0 })}${close}${source.slice(match[0].length)}`;
  return { text, added, skipped, problems: loadReport(file, text).problems };
}
