/**
 * The atlas (`/atlas/`): every published report's events and places as one report-shaped bundle, which the
 * report page's map and timeline draw as they are; the filter index the page's script narrows them with
 * (report, actor, event type, country, date range); the filter's URL form; and a summary (events per week and
 * lane) that tells what the first view of a large site costs. Pure: no Astro, DOM or map code.
 *
 * Events are deduplicated by id (two reports that tell one event give one mark, found under either report),
 * places by id through the entity index (the registry's entry when it is shared).
 */
import type { Event } from '../schema/event.ts';
import type { Place } from '../schema/place.ts';
import type { Report } from '../schema/report.ts';
import { endOf, startOf } from '../time/calendar.ts';
import { eventItem, miniReport, type EntityIndex } from './entities.ts';
import type { AtlasData, AtlasEvent } from './atlas-filter.ts';

export * from './atlas-filter.ts';

/** The site's reports that the atlas shows, oldest first (one version of a translated report, as the index holds). */
export function atlasReports(index: EntityIndex): { slug: string; title: string; lang: string }[] {
  return [...index.reports.values()].map((r) => ({
    slug: r.slug,
    title: r.data.title,
    lang: r.data.lang,
  }));
}

/** One account per event id (the oldest report's), in date order. */
function eventAccounts(index: EntityIndex): { slug: string; event: Event; reports: string[]; all: Event[] }[] {
  return [...index.events.values()]
    .flatMap((e) =>
      e.accounts[0]
        ? [
            {
              slug: e.accounts[0].slug,
              event: e.accounts[0].event,
              reports: [...new Set(e.accounts.map((a) => a.slug))],
              all: e.accounts.map((a) => a.event),
            },
          ]
        : [],
    )
    .sort((a, b) => startOf(a.event.date).localeCompare(startOf(b.event.date)) || a.event.id.localeCompare(b.event.id));
}

/** The places the site's reports carry (a registry entry no published report uses stays out). */
function reportedPlaces(index: EntityIndex): Place[] {
  return [...index.places.values()].filter((p) => p.reports.length > 0).map((p) => p.data);
}

/**
 * Every published report's events (once each) with the places, actors and sources they name, and every place
 * a report carries, as one report the map and timeline draw. `title` names it (the page's heading).
 */
export function atlasBundle(index: EntityIndex, title: string): Report {
  const items = eventAccounts(index).map((a) => eventItem(a.slug, a.event));
  const bundle = miniReport(index, title, items, reportedPlaces(index));
  // The atlas is as new as its newest report (the mini report would date it by its first event, and the timeline
  // would mark that day as a publication).
  const newest = [...index.reports.values()].map((r) => r.data.published).sort((a, b) => endOf(a).localeCompare(endOf(b))).at(-1);
  return newest ? { ...bundle, published: newest } : bundle;
}

/** The filter index: one record per event id, with every report that tells it and its places' countries. */
export function atlasEvents(index: EntityIndex): AtlasEvent[] {
  const countryOf = (id: string) => index.places.get(id)?.data.country;
  return eventAccounts(index).map(({ event, reports, all }) => {
    // Two reports may tell one event with other places or actors: the filter finds it by any account's.
    const places = [...new Set(all.flatMap((e) => e.places))];
    return {
      id: event.id,
      title: event.title,
      reports,
      actors: [...new Set(all.flatMap((e) => [...e.actors.by, ...e.actors.against]))],
      type: event.type,
      countries: [...new Set(places.flatMap((p) => countryOf(p) ?? []))].sort(),
      places,
      start: startOf(event.date),
      end: endOf(event.date),
    };
  });
}

/** The page script's data: the filter index and the names of what it may select. */
export function atlasData(index: EntityIndex, bundle: Report): AtlasData {
  const names: Record<string, string> = {};
  for (const p of bundle.places) names[`place:${p.id}`] = p.name;
  for (const a of bundle.actors) names[`actor:${a.id}`] = a.name;
  return { events: atlasEvents(index), names };
}

/** The choices the filter form offers, each with how many events it would keep. */
export interface AtlasFacets {
  reports: { value: string; title: string; lang: string; count: number }[];
  actors: { value: string; name: string; count: number }[];
  types: { value: string; count: number }[];
  countries: { value: string; count: number }[];
  /** The first and last day of any event (the date inputs' bounds). */
  first: string;
  last: string;
}

export function atlasFacets(index: EntityIndex, events: readonly AtlasEvent[]): AtlasFacets {
  const tally = (values: (e: AtlasEvent) => readonly string[]) => {
    const counts = new Map<string, number>();
    for (const e of events) for (const v of new Set(values(e))) counts.set(v, (counts.get(v) ?? 0) + 1);
    return counts;
  };
  const byReport = tally((e) => e.reports);
  const byActor = tally((e) => e.actors);
  const byType = tally((e) => [e.type]);
  const byCountry = tally((e) => e.countries);
  const days = events.flatMap((e) => [e.start, e.end]).sort();
  return {
    reports: atlasReports(index).map((r) => ({
      value: r.slug,
      title: r.title,
      lang: r.lang,
      count: byReport.get(r.slug) ?? 0,
    })),
    actors: [...byActor.entries()]
      .map(([value, count]) => ({
        value,
        name: index.actors.get(value)?.data.name ?? value,
        count,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    types: [...byType.entries()].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value)),
    countries: [...byCountry.entries()].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value)),
    first: days[0] ?? '',
    last: days.at(-1) ?? '',
  };
}

/** Events per ISO week (Monday) and event type: what a first view of a large site needs for its histogram. */
export interface AtlasSummary {
  weeks: string[];
  types: string[];
  /** counts[type][week] */
  counts: number[][];
}

const DAY_MS = 86_400_000;
function mondayOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - weekday * DAY_MS).toISOString().slice(0, 10);
}

export function atlasSummary(events: readonly AtlasEvent[]): AtlasSummary {
  const types = [...new Set(events.map((e) => e.type))].sort();
  const weeks = [...new Set(events.map((e) => mondayOf(e.start)))].sort();
  const weekIndex = new Map(weeks.map((w, i) => [w, i]));
  const counts = types.map(() => weeks.map(() => 0));
  for (const e of events) counts[types.indexOf(e.type)]![weekIndex.get(mondayOf(e.start))!]! += 1;
  return { weeks, types, counts };
}

/**
 * Above this many events the atlas's first view carries a summary: the map draws the places (without their
 * events lists), the timeline bins the events (it does above `denseThreshold`), and the events themselves load
 * on need (the filter index, `routes.atlasData()`). Measured with `npm run bench:atlas`: at 1,000 events the
 * whole page is about 1 MB raw; at 10,000, 7.5 MB.
 */
export const ATLAS_EMBED_LIMIT = 2_000;

/** What the page's map, linked views and timeline draw: all of it, or above `limit` events the split first view. */
export function atlasViews(bundle: Report, limit = ATLAS_EMBED_LIMIT): { map: Report; linked: Report; timeline: Report; split: boolean } {
  if (bundle.events.length <= limit) return { map: bundle, linked: bundle, timeline: bundle, split: false };
  const placesOnly: Report = { ...bundle, events: [] };
  return { map: placesOnly, linked: placesOnly, timeline: bundle, split: true };
}
