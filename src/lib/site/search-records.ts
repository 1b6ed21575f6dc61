/**
 * Search records for items that have no page of their own: a report's events. Each record points at the
 * report with the event selected (`/reports/<slug>/#event=<id>`, the citable address the report's linked
 * views write), unless the site has a page for the event. Pure: built from a report's exported data.
 */
import type { DateSpec } from '../schema/common.ts';
import type { Routes } from '../routes.ts';
import { cleanFilters, type SearchFilters } from './search-entry.ts';
import { yearsOf } from './summary.ts';

/** The fields of a report's data an event record reads. */
export interface EventSource {
  title: string;
  lang?: string | undefined;
  places?: readonly { id: string; name: string; country?: string | undefined }[] | undefined;
  actors?: readonly { id: string; name: string; short?: string | undefined }[] | undefined;
  events?: readonly {
    id: string;
    title: string;
    date: DateSpec;
    places?: readonly string[] | undefined;
    country?: string | undefined;
    actors?: { by?: readonly string[] | undefined; against?: readonly string[] | undefined } | undefined;
    quote?: string | undefined;
    notes?: string | undefined;
  }[] | undefined;
}

/** A Pagefind custom record (`index.addCustomRecord`). URLs are below the base: the search page adds it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: SearchFilters;
}

export interface EventRecordOptions {
  routes: Routes;
  /** The event's date as readers see it (the caller formats it in the report's language). */
  formatDate: (date: DateSpec) => string;
  /** True when the site has a page of its own for the event (then the page is indexed, not a record). */
  hasPage?: (id: string) => boolean;
}

export function eventRecords(slug: string, report: EventSource, options: EventRecordOptions): SearchRecord[] {
  const { routes, formatDate, hasPage = () => false } = options;
  const places = new Map((report.places ?? []).map((p) => [p.id, p]));
  const actors = new Map((report.actors ?? []).map((a) => [a.id, a]));
  return (report.events ?? [])
    .filter((event) => !hasPage(event.id))
    .map((event) => {
      const eventPlaces = (event.places ?? []).flatMap((id) => places.get(id) ?? []);
      const eventActors = [...(event.actors?.by ?? []), ...(event.actors?.against ?? [])].flatMap((id) => actors.get(id) ?? []);
      const countries = event.country ? [event.country] : eventPlaces.flatMap((p) => p.country ?? []);
      const date = formatDate(event.date);
      const content = [
        event.title,
        date,
        eventPlaces.map((p) => p.name).join(', '),
        eventActors.map((a) => (a.short ? `${a.name} (${a.short})` : a.name)).join(', '),
        event.quote,
        event.notes,
      ].filter((part): part is string => Boolean(part)).join('. ');
      return {
        url: routes.withoutBase(routes.reportSelection(slug, 'event', event.id)),
        content,
        language: report.lang ?? 'en',
        meta: { title: event.title, date, report: report.title },
        filters: cleanFilters({ kind: ['event'], report: [slug], country: countries, year: yearsOf(event.date).map(String) }),
      };
    });
}
