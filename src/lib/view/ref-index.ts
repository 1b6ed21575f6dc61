/**
 * The small index the linked views read in the browser: every item of the report by
 * `kind:id`, with the name screen readers hear when it is chosen. Relations between items stay
 * with the views that draw them (map and timeline models; paragraphs carry `data-quotes`, see
 * src/plugins/rehype-paragraph-refs.ts), so this index stays small.
 */
import type { Report } from '../schema/report.ts';
import { formatDateSpec } from '../time/calendar.ts';
import { t } from '../i18n/catalogue.ts';

export type IndexKind = 'place' | 'actor' | 'event' | 'tally' | 'source' | 'axis';

export interface IndexEntry {
  kind: IndexKind;
  id: string;
  /** What screen readers announce when the item is chosen. */
  name: string;
}

export type RefIndex = Record<string, IndexEntry>;

export const refKey = (kind: string, id: string): string => `${kind}:${id}`;

/** The index of `report`, its names in `locale` (the page's interface language) where the data has none of its own. */
export function buildRefIndex(report: Report, locale = 'en'): RefIndex {
  const index: RefIndex = {};
  const add = (kind: IndexKind, id: string, name: string): void => {
    index[refKey(kind, id)] = { kind, id, name };
  };
  for (const p of report.places) add('place', p.id, p.name);
  for (const a of report.actors) add('actor', a.id, a.short ? `${a.name} (${a.short})` : a.name);
  for (const e of report.events) add('event', e.id, t(locale, 'refs.eventName', { date: formatDateSpec(e.date, locale), title: e.title }));
  for (const t of report.tallies) add('tally', t.id, t.label);
  for (const x of report.axes) add('axis', x.id, x.name);
  for (const s of report.sources) add('source', s.id, s.title);
  return index;
}
