/**
 * The small index the linked views share in the browser: every item of the report by
 * `kind:id`, with the name readers see, what it links to, and the words it rests on.
 */
import type { Report } from '../schema/report.ts';
import { normaliseForQuote } from '../check/quotes.ts';
import { endOf, formatDateSpec, startOf } from '../time/calendar.ts';

export type IndexKind = 'place' | 'actor' | 'event' | 'tally' | 'source' | 'axis';

export interface IndexEntry {
  kind: IndexKind;
  id: string;
  /** What screen readers announce and cards title. */
  name: string;
  /** Place ids the item is at (events, axes) or is (places). */
  places: string[];
  /** Event ids the item takes part in (places, actors) or is (events). */
  events: string[];
  /** First and last possible day, for events and tallies. */
  start?: string | undefined;
  end?: string | undefined;
  /** The article's words the item rests on, normalised, to find its paragraph. */
  quote?: string | undefined;
}

export type RefIndex = Record<string, IndexEntry>;

export const refKey = (kind: string, id: string): string => `${kind}:${id}`;

export function buildRefIndex(report: Report): RefIndex {
  const index: RefIndex = {};
  const add = (entry: IndexEntry): void => {
    index[refKey(entry.kind, entry.id)] = entry;
  };
  const eventsAt = (placeId: string) => report.events.filter((e) => e.places.includes(placeId)).map((e) => e.id);
  const eventsOf = (actorId: string) => report.events.filter((e) => e.actors.by.includes(actorId) || e.actors.against.includes(actorId)).map((e) => e.id);
  for (const p of report.places) add({ kind: 'place', id: p.id, name: p.name, places: [p.id], events: eventsAt(p.id) });
  for (const a of report.actors) add({ kind: 'actor', id: a.id, name: a.short ? `${a.name} (${a.short})` : a.name, places: [], events: eventsOf(a.id) });
  for (const e of report.events) {
    add({
      kind: 'event',
      id: e.id,
      name: `${formatDateSpec(e.date)}: ${e.title}`,
      places: e.places,
      events: [e.id],
      start: startOf(e.date),
      end: endOf(e.date),
      quote: e.quote ? normaliseForQuote(e.quote) : undefined,
    });
  }
  for (const t of report.tallies) {
    add({ kind: 'tally', id: t.id, name: t.label, places: t.breakdown.flatMap((b) => (b.place ? [b.place] : [])), events: [], start: t.period?.start, end: t.period?.end, quote: t.quote ? normaliseForQuote(t.quote) : undefined });
  }
  for (const x of report.axes) add({ kind: 'axis', id: x.id, name: x.name, places: [...x.from, ...x.to], events: [], quote: x.quote ? normaliseForQuote(x.quote) : undefined });
  for (const s of report.sources) add({ kind: 'source', id: s.id, name: s.title, places: [], events: report.events.filter((e) => e.sources.includes(s.id)).map((e) => e.id) });
  return index;
}
