/**
 * The atlas's filter (report, actor, event type, country, date range), its URL form and what it keeps: the part
 * of src/lib/view/atlas.ts the page's script runs in the browser, so it imports nothing.
 */
/** One event as the filter reads it. */
export interface AtlasEvent {
  id: string;
  title: string;
  /** Every report that tells it (slugs), oldest first. */
  reports: string[];
  actors: string[];
  type: string;
  /** ISO 3166-1 alpha-2 codes of its places. */
  countries: string[];
  places: string[];
  /** First and last possible day (YYYY-MM-DD). */
  start: string;
  end: string;
}

/** What the page's script needs to filter, name and link: fetched from `routes.atlasData()`. */
export interface AtlasData {
  events: AtlasEvent[];
  /** Names of places and actors by `kind:id`, for the chosen item's line (an event's is its title). */
  names: Record<string, string>;
}

/** The filter: each set field narrows; an empty filter shows everything. */
export interface AtlasFilter {
  report?: string | undefined;
  actor?: string | undefined;
  type?: string | undefined;
  country?: string | undefined;
  /** Inclusive days, YYYY-MM-DD: an event is kept when its possible days meet the range. */
  from?: string | undefined;
  to?: string | undefined;
}

export const FILTER_FIELDS = ['report', 'actor', 'type', 'country', 'from', 'to'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Whether an event passes the filter. */
export function matches(event: AtlasEvent, filter: AtlasFilter): boolean {
  if (filter.report && !event.reports.includes(filter.report)) return false;
  if (filter.actor && !event.actors.includes(filter.actor)) return false;
  if (filter.type && event.type !== filter.type) return false;
  if (filter.country && !event.countries.includes(filter.country)) return false;
  if (filter.from && event.end < filter.from) return false;
  if (filter.to && event.start > filter.to) return false;
  return true;
}

export function isEmptyFilter(filter: AtlasFilter): boolean {
  return FILTER_FIELDS.every((f) => !filter[f]);
}

/**
 * What the filter keeps: the events that pass, and the places they happened at (every place when the filter
 * is empty, so places no event names stay on the unfiltered map).
 */
export function applyFilter(events: readonly AtlasEvent[], filter: AtlasFilter, allPlaces: readonly string[]): { events: Set<string>; places: Set<string> } {
  if (isEmptyFilter(filter))
    return {
      events: new Set(events.map((e) => e.id)),
      places: new Set(allPlaces),
    };
  const kept = events.filter((e) => matches(e, filter));
  return {
    events: new Set(kept.map((e) => e.id)),
    places: new Set(kept.flatMap((e) => e.places)),
  };
}

/** The filter from a query string (`?report=x&from=2023-10-01`); malformed values are dropped. */
export function parseFilter(search: string | URLSearchParams): AtlasFilter {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filter: AtlasFilter = {};
  for (const field of FILTER_FIELDS) {
    const value = params.get(field)?.trim();
    if (!value) continue;
    if ((field === 'from' || field === 'to') && !DAY.test(value)) continue;
    if (field !== 'from' && field !== 'to' && !ID.test(value)) continue;
    filter[field] = value;
  }
  if (filter.from && filter.to && filter.from > filter.to) [filter.from, filter.to] = [filter.to, filter.from];
  return filter;
}

/** The filter as a query string, fields in a fixed order, without the `?` (empty for an empty filter). */
export function encodeFilter(filter: AtlasFilter): string {
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) if (filter[field]) params.set(field, filter[field]);
  return params.toString();
}
