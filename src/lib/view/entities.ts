/**
 * The site's entities across reports: one record per place, actor, source and event id, joining the shared
 * registry with every published report that speaks of it. The entity pages (`/places/<id>/` ...) render these
 * view models; they are plain data, built at build time, with no Astro, DOM or map code.
 *
 * Ids are site-wide: a report's own `al-tanf` and the registry's `al-tanf` are one place (the check makes sure
 * they agree). What the page says of an entity comes from the registry when it is shared, otherwise from the
 * oldest report that declares it. Only the reports passed in are read: the caller passes published ones, so no
 * draft's words reach an entity page.
 */
import type { Actor } from '../schema/actor.ts';
import type { DateSpec } from '../schema/common.ts';
import type { Event } from '../schema/event.ts';
import type { Place } from '../schema/place.ts';
import type { Report } from '../schema/report.ts';
import type { Source } from '../schema/source.ts';
import { t, type MessageKey } from '../i18n/catalogue.ts';
import { routes } from '../routes.ts';
import { endOf, startOf } from '../time/calendar.ts';
import { tableRowId } from '../timeline/table.ts';
import { FULL_EVENTS } from './reference-view.ts';

export type EntityKind = 'place' | 'actor' | 'source' | 'event';

/** A mention of an entity in a paragraph of a report, found by the annotator or written as a directive. */
export interface ParagraphRef {
  kind: EntityKind;
  id: string;
  /** Offsets in the paragraph's text, end exclusive. */
  start: number;
  end: number;
}

/** A top-level paragraph of a report as the page renders it (`p-3`), with what it mentions. */
export interface ReportParagraph {
  /** The paragraph's anchor on the report page, `p-3`. */
  id: string;
  /** Its text as a reader sees it. */
  text: string;
  refs: readonly ParagraphRef[];
}

/** A published report as the entity pages read it. */
export interface SiteReport {
  slug: string;
  /** The report with the shared entries it uses written out (see lib/registry/resolve). */
  data: Report;
  paragraphs: readonly ReportParagraph[];
}

/** The shared registry's entries by kind and id (with their `previousIds`). */
export interface SharedRegistry {
  places: ReadonlyMap<string, Place & { previousIds?: readonly string[] }>;
  actors: ReadonlyMap<string, Actor & { previousIds?: readonly string[] }>;
  sources: ReadonlyMap<string, Source & { previousIds?: readonly string[] }>;
}

export interface Entity<T> {
  id: string;
  data: T;
  /** True when the registry holds it (declared once for the site). */
  shared: boolean;
  /** Slugs of the reports that carry it, oldest first. */
  reports: string[];
  /** Ids it was known by before (registry `previousIds`); each has a page that redirects here. */
  previousIds: readonly string[];
}

/** One report's account of an event (two reports may tell the same event under one id). */
export interface EventAccount {
  slug: string;
  event: Event;
  /** The paragraph whose text holds the event's quote, when it has one. */
  paragraph?: string | undefined;
}

export interface EventEntity {
  id: string;
  accounts: EventAccount[];
}

export interface EntityIndex {
  places: ReadonlyMap<string, Entity<Place>>;
  actors: ReadonlyMap<string, Entity<Actor>>;
  sources: ReadonlyMap<string, Entity<Source>>;
  events: ReadonlyMap<string, EventEntity>;
  /** Reports by slug, oldest first. */
  reports: ReadonlyMap<string, SiteReport>;
  /** Old id -> current id, by kind, for the redirect pages. */
  redirects: { kind: 'place' | 'actor' | 'source'; from: string; to: string }[];
}

const firstDay = (spec: DateSpec) => startOf(spec);

/**
 * Joins the registry and the reports into one record per entity, for pages in `locale`. A report and its
 * translation (`translationOf`) tell the same thing: only the version in `locale` is read (the original when
 * neither is), so no event or sentence is counted twice.
 */
export function entityIndex(reports: readonly SiteReport[], registry: SharedRegistry, locale = 'en'): EntityIndex {
  const ordered = oneVersion(reports.filter((r) => r.data.draft !== true), locale).sort((a, b) => firstDay(a.data.published).localeCompare(firstDay(b.data.published)) || a.slug.localeCompare(b.slug));
  const places = collect(ordered, registry.places, (r) => r.data.places);
  const actors = collect(ordered, registry.actors, (r) => r.data.actors);
  const sources = collect(ordered, registry.sources, (r) => r.data.sources);
  const events = new Map<string, EventEntity>();
  for (const r of ordered) {
    for (const event of r.data.events) {
      const entity = events.get(event.id) ?? { id: event.id, accounts: [] };
      entity.accounts.push({ slug: r.slug, event, paragraph: event.quote ? paragraphHolding(r.paragraphs, event.quote) : undefined });
      events.set(event.id, entity);
    }
  }
  const redirects: EntityIndex['redirects'] = [];
  for (const [kind, map] of [['place', places], ['actor', actors], ['source', sources]] as const) {
    for (const entity of map.values()) for (const from of entity.previousIds) if (!map.has(from)) redirects.push({ kind, from, to: entity.id });
  }
  return { places, actors, sources, events, reports: new Map(ordered.map((r) => [r.slug, r])), redirects };
}

function oneVersion(reports: readonly SiteReport[], locale: string): SiteReport[] {
  const bySlug = new Map(reports.map((r) => [r.slug, r]));
  const originalOf = (r: SiteReport) => (r.data.translationOf && bySlug.has(r.data.translationOf) ? r.data.translationOf : r.slug);
  const groups = new Map<string, SiteReport[]>();
  for (const r of reports) groups.set(originalOf(r), [...(groups.get(originalOf(r)) ?? []), r]);
  return [...groups.entries()].map(([original, versions]) => versions.find((v) => v.data.lang === locale) ?? bySlug.get(original) ?? versions[0]!);
}

function collect<T extends { id: string }>(reports: readonly SiteReport[], shared: ReadonlyMap<string, T & { previousIds?: readonly string[] }>, list: (r: SiteReport) => readonly T[]): Map<string, Entity<T>> {
  const out = new Map<string, Entity<T>>();
  for (const [id, data] of shared) out.set(id, { id, data: withoutPrevious(data), shared: true, reports: [], previousIds: data.previousIds ?? [] });
  for (const r of reports) {
    for (const item of list(r)) {
      const entity = out.get(item.id);
      if (entity) {
        if (!entity.reports.includes(r.slug)) entity.reports.push(r.slug);
      } else out.set(item.id, { id: item.id, data: item, shared: false, reports: [r.slug], previousIds: [] });
    }
  }
  return out;
}

function withoutPrevious<T>(data: T & { previousIds?: readonly string[] }): T {
  const rest: Record<string, unknown> = { ...data };
  delete rest['previousIds'];
  return rest as T;
}

/** Whitespace and typographic quotes do not count when a quote is looked for in a paragraph. */
function normalise(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

function paragraphHolding(paragraphs: readonly ReportParagraph[], quote: string): string | undefined {
  const needle = normalise(quote);
  return paragraphs.find((p) => normalise(p.text).includes(needle))?.id;
}

/** A sentence of a report that mentions an entity, cut around the mention. */
export interface MentionExcerpt {
  /** The paragraph's anchor (`p-3`). */
  paragraph: string;
  /** The sentence, split so the mention can be marked: before, the words that mention it, after. */
  before: string;
  match: string;
  after: string;
}

/** Every report that mentions an entity, with each sentence that does (one per paragraph and sentence). */
export interface ReportMentions {
  slug: string;
  /** The report's language: its page lives under that interface (`/ar/reports/...`). */
  lang: string;
  title: string;
  excerpts: MentionExcerpt[];
}

const segmenters = new Map<string, Intl.Segmenter>();
function sentences(locale: string, text: string): { start: number; end: number }[] {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })));
  return [...segmenter.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
}

/**
 * The sentences of the index's reports that mention `kind`/`id`, report by report (oldest first), at most `limit`
 * per report (a report that names a place a hundred times keeps its first `limit`, and says how many in all).
 */
export function mentionsOf(index: EntityIndex, kind: EntityKind, id: string, locale = 'en', limit = 12): (ReportMentions & { total: number })[] {
  const out: (ReportMentions & { total: number })[] = [];
  for (const r of index.reports.values()) {
    const excerpts: MentionExcerpt[] = [];
    let total = 0;
    for (const p of r.paragraphs) {
      const seen = new Set<number>();
      for (const ref of p.refs) {
        if (ref.kind !== kind || ref.id !== id) continue;
        const sentence = sentences(locale, p.text).find((s) => ref.start >= s.start && ref.start < s.end) ?? { start: 0, end: p.text.length };
        if (seen.has(sentence.start)) continue;
        seen.add(sentence.start);
        total += 1;
        if (excerpts.length >= limit) continue;
        excerpts.push({ paragraph: p.id, before: p.text.slice(sentence.start, ref.start).trimStart(), match: p.text.slice(ref.start, ref.end), after: p.text.slice(ref.end, sentence.end).trimEnd() });
      }
    }
    if (total > 0) out.push({ slug: r.slug, lang: r.data.lang, title: r.data.title, excerpts, total });
  }
  return out;
}

/** An event as an entity page lists it: where it is told, and the rest through the event's own page. */
export interface EventItem {
  id: string;
  slug: string;
  event: Event;
  /** First and last possible day, for sorting and for the small timeline. */
  start: string;
  end: string;
}

/** An event of a report as an item of a list. */
export function eventItem(slug: string, event: Event): EventItem {
  return { id: event.id, slug, event, start: startOf(event.date), end: endOf(event.date) };
}

/** The events that involve an entity, across reports, in date order; one item per event id (its oldest account). */
export function eventsOf(index: EntityIndex, kind: 'place' | 'actor' | 'source', id: string): EventItem[] {
  const involves = (e: Event) =>
    kind === 'place' ? e.places.includes(id) || false : kind === 'actor' ? e.actors.by.includes(id) || e.actors.against.includes(id) : e.sources.includes(id);
  const items: EventItem[] = [];
  for (const entity of index.events.values()) {
    const account = entity.accounts.find((a) => involves(a.event));
    if (account) items.push(eventItem(account.slug, account.event));
  }
  return items.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id));
}

/** The places an event list happened at, in first-seen order (for a small map of an actor or an event). */
export function placesOf(index: EntityIndex, items: readonly { event: Event }[]): Place[] {
  const ids = [...new Set(items.flatMap((i) => i.event.places))];
  return ids.flatMap((pid) => {
    const place = index.places.get(pid);
    return place ? [place.data] : [];
  });
}

/**
 * A report-shaped bundle of an entity's events, for the timeline and map code, which draw reports: the events
 * with the places, actors and sources they name, a period spanning them, and nothing else.
 */
export function miniReport(index: EntityIndex, title: string, items: readonly EventItem[], extraPlaces: readonly Place[] = []): Report {
  const events = dedupeIds(items.map((i) => i.event));
  const placeIds = new Set([...events.flatMap((e) => e.places), ...extraPlaces.map((p) => p.id)]);
  const actorIds = new Set(events.flatMap((e) => [...e.actors.by, ...e.actors.against]));
  const sourceIds = new Set(events.flatMap((e) => e.sources));
  const pick = <T,>(map: ReadonlyMap<string, Entity<T>>, ids: Set<string>) => [...ids].flatMap((id) => (map.has(id) ? [map.get(id)!.data] : []));
  const places = [...extraPlaces, ...pick(index.places, placeIds).filter((p) => !extraPlaces.some((x) => x.id === p.id))];
  const days = items.flatMap((i) => [i.start, i.end]).sort();
  const period = days.length > 0 ? { start: days[0]!, end: days.at(-1)! } : { start: '2000-01-01', end: '2000-01-01' };
  return {
    lang: 'en',
    title,
    titleBy: 'editors',
    dek: title,
    authors: [{ name: title }],
    publisher: title,
    published: period.start,
    period,
    tags: [],
    scrollytelling: false,
    mentions: 'first',
    places,
    actors: pick(index.actors, actorIds).map((a) => ({ ...a, affiliations: a.affiliations.filter((f) => actorIds.has(f.actor)) })),
    // Counts belong to a report's own figures; here each event is one mark.
    events: events.map((e) => ({ ...e, count: undefined, scope: 'focus' as const })),
    tallies: [],
    axes: [],
    shipments: [],
    overlays: [],
    sources: pick(index.sources, sourceIds),
  } as Report;
}

/** One event per id (eventsOf gives one already; a caller's own list may not). */
function dedupeIds(events: readonly Event[]): Event[] {
  const seen = new Set<string>();
  return events.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

/** The reports an entity appears in (data or prose), oldest first. */
export function reportsOf(index: EntityIndex, entity: Entity<unknown>, mentions: readonly ReportMentions[]): SiteReport[] {
  const slugs = new Set([...entity.reports, ...mentions.map((m) => m.slug)]);
  return [...index.reports.values()].filter((r) => slugs.has(r.slug));
}

/** A kind in words (`coalition-base` -> "coalition base"), from the catalogue. */
export function kindWords(locale: string, entity: 'place' | 'actor' | 'source', kind: string): string {
  return t(locale, `kind.${entity}.${kind}` as MessageKey);
}

const regionNames = new Map<string, Intl.DisplayNames>();
/** A country's name from its ISO 3166-1 alpha-2 code, in `locale` (`SY` -> "Syria"). */
export function countryName(locale: string, code: string): string {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
  return names.of(code) ?? code;
}

/** Places within `km` of `place` (regions aside), nearest first: context for a place's small map. */
export function nearbyPlaces(index: EntityIndex, place: Place, km = 60, limit = 6): Place[] {
  const rad = Math.PI / 180;
  const dist = (p: Place) => {
    const x = (p.lon - place.lon) * rad * Math.cos(((p.lat + place.lat) / 2) * rad);
    const y = (p.lat - place.lat) * rad;
    return Math.hypot(x, y) * 6371;
  };
  return [...index.places.values()]
    .map((e) => e.data)
    .filter((p) => p.id !== place.id && p.precision !== 'region' && p.kind !== 'region')
    .map((p) => ({ p, d: dist(p) }))
    .filter((x) => x.d <= km)
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
    .map((x) => x.p);
}

/** The page of the entity a reference names (`/places/al-tanf/`), or undefined for what has none (a date). */
export function entityHref(ref: { kind: string; id: string }): string | undefined {
  if (ref.kind === 'place') return routes.place(ref.id);
  if (ref.kind === 'actor') return routes.actor(ref.id);
  if (ref.kind === 'source') return routes.source(ref.id);
  if (ref.kind === 'event') return routes.event(ref.id);
  return undefined;
}

/**
 * A report of more than `FULL_EVENTS` events keeps the article light: its full events table is a page of its own
 * (`/reports/<slug>/events/`), and links to an event's row lead there.
 */
export function hasEventsPage(report: { events: readonly unknown[] }): boolean {
  return report.events.length > FULL_EVENTS;
}

/** The link to an event's row in its report's events table: on the report page, or on its events page. */
export function eventRowHref(slug: string, report: { events: readonly unknown[] }, eventId: string): string {
  return hasEventsPage(report) ? `${routes.reportEvents(slug)}#${tableRowId(eventId)}` : `#${tableRowId(eventId)}`;
}
