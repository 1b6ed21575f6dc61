/**
 * The small index the linked views read in the browser: every item of the report by
 * `kind:id`, with the name screen readers hear when it is chosen, and the article's words it
 * rests on (to find the paragraphs that speak of it). Relations between items stay with the
 * views that draw them (the map and timeline models), so this index stays small.
 */
import type { Report } from '../schema/report.ts';
import { normaliseForQuote } from '../check/quotes.ts';
import { formatDateSpec } from '../time/calendar.ts';

export type IndexKind = 'place' | 'actor' | 'event' | 'tally' | 'source' | 'axis';

export interface IndexEntry {
  kind: IndexKind;
  id: string;
  /** What screen readers announce when the item is chosen. */
  name: string;
  /** The article's words the item rests on, normalised, to find its paragraph. */
  quote?: string | undefined;
}

export type RefIndex = Record<string, IndexEntry>;

export const refKey = (kind: string, id: string): string => `${kind}:${id}`;

export function buildRefIndex(report: Report): RefIndex {
  const index: RefIndex = {};
  const add = (kind: IndexKind, id: string, name: string, quote?: string): void => {
    index[refKey(kind, id)] = { kind, id, name, ...(quote ? { quote: normaliseForQuote(quote) } : {}) };
  };
  for (const p of report.places) add('place', p.id, p.name);
  for (const a of report.actors) add('actor', a.id, a.short ? `${a.name} (${a.short})` : a.name);
  for (const e of report.events) add('event', e.id, `${formatDateSpec(e.date)}: ${e.title}`, e.quote);
  for (const t of report.tallies) add('tally', t.id, t.label, t.quote);
  for (const x of report.axes) add('axis', x.id, x.name, x.quote);
  for (const s of report.sources) add('source', s.id, s.title);
  return index;
}
