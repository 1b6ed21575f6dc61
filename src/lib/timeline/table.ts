/** The timeline's events as table rows (date order), for screen readers, for copying, and for every label the drawing leaves out. */
import type { Report } from '../schema/report.ts';
import { endOf, startOf } from '../time/calendar.ts';
import { deriveLanes } from './lanes.ts';
import { words } from './text.ts';
import type { MessageKey } from '../i18n/catalogue.ts';

export interface EventRow {
  id: string;
  date: string;
  title: string;
  /** Lane name, then ACLED type / sub-event type in words. */
  type: string;
  places: string[];
  /** `by` actors, then `against` actors: "U.S. forces against IRGC". */
  actors: string;
  confidence: string;
  sources: string[];
  count?: number | undefined;
}


export function eventRows(report: Pick<Report, 'events' | 'places' | 'actors' | 'sources'>, locale = 'en'): EventRow[] {
  const w = words(locale);
  const places = new Map(report.places.map((p) => [p.id, p.name]));
  const actors = new Map(report.actors.map((a) => [a.id, a]));
  const sources = new Map(report.sources.map((s) => [s.id, s.title]));
  const lanes = deriveLanes(report, w);
  const actorName = (id: string) => actors.get(id)?.short ?? actors.get(id)?.name ?? id;
  return [...report.events]
    .sort((a, b) => startOf(a.date).localeCompare(startOf(b.date)) || endOf(a.date).localeCompare(endOf(b.date)) || a.id.localeCompare(b.id))
    .map((event) => {
      const by = event.actors.by.map(actorName).join(', ');
      const against = event.actors.against.map(actorName).join(', ');
      return {
        id: event.id,
        date: w.date(event.date),
        title: event.title,
        // The lane (who, or which kind of event) and the ACLED sub-event type, both in the reader's language.
        type: `${lanes.of(event).name}: ${w.t(`kind.event.${event.subtype}` as MessageKey)}`,
        places: event.places.map((id) => places.get(id) ?? id),
        actors: against ? w.t('timeline.table.against', { by: by || w.t('timeline.table.unknownActor'), against }) : by,
        confidence: w.t(`confidence.${event.confidence}` as MessageKey),
        sources: event.sources.map((id) => sources.get(id) ?? id),
        count: event.count,
      };
    });
}

/** Id of an event's row in the timeline's events table, a link target for large reports. */
export const tableRowId = (eventId: string): string => `tl-event-${eventId}`;
