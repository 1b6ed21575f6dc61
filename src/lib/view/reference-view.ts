/**
 * The view model of the reference sections after the article (Places, Actors, Events,
 * Dates, Sources): plain data for `ReferenceSections.astro`, each entry with the ids of
 * the mentions that point at it, so it can link back to them.
 */
import { formatDateSpec, formatPeriod } from '../time/calendar.ts';
import { catalogue, t, type MessageKey } from '../i18n/catalogue.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Report } from '../schema/report.ts';
import { dateBounds } from '../schema/references.ts';
import { tableRowId } from '../timeline/table.ts';
import { dateRefSpan, mentionHtmlId, refHtmlId, refKey, type MentionCounts, type MentionKind, type MentionRef } from './refs.ts';

export interface LinkItem {
  text: string;
  /** `#ref-...` inside the page, or an external http(s) URL. */
  href?: string | undefined;
}

export interface RefEntry {
  ref: MentionRef;
  htmlId: string;
  name: string;
  /** What it is, in words: `coalition base`, `militia`, `air/drone strike`. */
  kind: string;
  /** Affiliations (actors), governorate and coordinates (places), date (events). */
  details: string[];
  affiliations: LinkItem[];
  events: LinkItem[];
  sources: LinkItem[];
  confidence?: string | undefined;
  /** The confidence in words of the page's language (`confirmed`, `مؤكَّد`). */
  confidenceText?: string | undefined;
  description?: string | undefined;
  url?: string | undefined;
  /** Html ids of the mentions of this entry in the article, in order. */
  mentions: string[];
}

export interface RefSection {
  id: string;
  title: string;
  kind: MentionKind;
  /** Said under the title when the section does not list everything (large reports). */
  note?: string | undefined;
  entries: RefEntry[];
}

/**
 * Large reports (trackers of thousands of events) keep the page light: each entry lists at most
 * `LIST_LIMIT` events, and the Events section lists every event only up to `FULL_EVENTS`; beyond,
 * it lists the events the text speaks of, and the rest are in the timeline's events table
 * (`#tl-event-<id>`) and the CSV export.
 */
export const LIST_LIMIT = 10;
export const FULL_EVENTS = 200;

const DEGREES: Intl.NumberFormatOptions = { minimumFractionDigits: 4, maximumFractionDigits: 4, useGrouping: false };

/** `33.5058° N, 38.6178° E (exact)` in the language of `locale`. */
function location(locale: string, lat: number, lon: number, precision: string): string {
  const value = (n: number) => formatNumber(locale, Math.abs(n), DEGREES);
  return t(locale, 'refs.location', {
    lat: t(locale, lat >= 0 ? 'refs.north' : 'refs.south', { value: value(lat) }),
    lon: t(locale, lon >= 0 ? 'refs.east' : 'refs.west', { value: value(lon) }),
    precision,
  });
}

/** The reference sections of `report`, their words in `locale` (the page's interface language). */
/** An event's kind in words: its ACLED sub-event type (`air/drone strike`), or the slug as words when it is none. */
function eventKind(locale: string, subtype: string): string {
  const key = `kind.event.${subtype}` as MessageKey;
  return key in catalogue(locale) ? t(locale, key) : subtype.replace(/-/g, ' ');
}

export function referenceSections(report: Report, counts: MentionCounts, locale = 'en', tableRow: (eventId: string) => string = (id) => `#${tableRowId(id)}`): RefSection[] {
  const mentions = (ref: MentionRef) => Array.from({ length: counts[refKey(ref)] ?? 0 }, (_, i) => mentionHtmlId(ref, i + 1));
  const link = (kind: MentionKind, id: string, text: string): LinkItem => ({ text, href: `#${refHtmlId({ kind, id })}` });
  const actorName = (id: string) => report.actors.find((a) => a.id === id)?.name ?? id;
  const sourceLinks = (ids: readonly string[]) => [...new Set(ids)].map((id) => link('source', id, report.sources.find((s) => s.id === id)?.title ?? id));
  const listedEvents = report.events.length <= FULL_EVENTS ? report.events : report.events.filter((e) => (counts[refKey({ kind: 'event', id: e.id })] ?? 0) > 0 || e.quote);
  const listed = new Set(listedEvents.map((e) => e.id));
  const eventLinks = (events: Report['events']): LinkItem[] => {
    const shown = events.slice(0, LIST_LIMIT).map((e) => ({
      text: t(locale, 'refs.eventLink', { title: e.title, date: formatDateSpec(e.date, locale) }),
      href: listed.has(e.id) ? `#${refHtmlId({ kind: 'event', id: e.id })}` : tableRow(e.id),
    }));
    const more = events.length - shown.length;
    return more > 0 ? [...shown, { text: t(locale, 'refs.moreEvents', { count: more }), href: '#timeline-title' }] : shown;
  };

  const places = report.places.map((p): RefEntry => {
    const ref = { kind: 'place' as const, id: p.id };
    const events = report.events.filter((e) => e.places.includes(p.id));
    const precision = t(locale, `precision.${p.precision}`);
    const where = p.precision === 'exact' ? precision : t(locale, 'refs.within', { precision, km: p.radiusKm ?? '?' });
    return { ref, htmlId: refHtmlId(ref), name: p.name, kind: t(locale, `kind.place.${p.kind}`), details: [...(p.admin1 ? [p.admin1] : []), location(locale, p.lat, p.lon, where)], affiliations: [], events: eventLinks(events), sources: sourceLinks(p.sources), description: p.description, mentions: mentions(ref) };
  });
  const actors = report.actors.map((a): RefEntry => {
    const ref = { kind: 'actor' as const, id: a.id };
    const events = report.events.filter((e) => e.actors.by.includes(a.id) || e.actors.against.includes(a.id));
    const affiliations = a.affiliations.map((f) => ({ ...link('actor', f.actor, actorName(f.actor)), text: t(locale, `relation.${f.relation}`, { actor: actorName(f.actor) }) }));
    return { ref, htmlId: refHtmlId(ref), name: a.short ? `${a.name} (${a.short})` : a.name, kind: t(locale, `kind.actor.${a.kind}`), details: [], affiliations, events: eventLinks(events), sources: sourceLinks(events.flatMap((e) => e.sources)), description: a.description, mentions: mentions(ref) };
  });
  const events = listedEvents.map((e): RefEntry => {
    const ref = { kind: 'event' as const, id: e.id };
    const places = e.places.map((id) => link('place', id, report.places.find((p) => p.id === id)?.name ?? id));
    return { ref, htmlId: refHtmlId(ref), name: e.title, kind: eventKind(locale, e.subtype), details: [formatDateSpec(e.date, locale), ...places.map((p) => p.text)], affiliations: [...e.actors.by, ...e.actors.against].map((id) => link('actor', id, actorName(id))), events: [], sources: sourceLinks(e.sources), confidence: e.confidence, confidenceText: t(locale, `confidence.${e.confidence}`), description: e.notes, mentions: mentions(ref) };
  });
  const dates = Object.keys(counts)
    .filter((key) => key.startsWith('date:'))
    .sort()
    .map((key): RefEntry => {
      const ref = { kind: 'date' as const, id: key.slice(5) };
      const span = dateRefSpan(ref.id);
      const touching = report.events.filter((e) => {
        const b = dateBounds(e.date);
        return b !== undefined && b.start <= span.end && b.end >= span.start;
      });
      return { ref, htmlId: refHtmlId(ref), name: formatPeriod(span, locale), kind: t(locale, span.start === span.end ? 'refs.day' : 'refs.dateRange'), details: [], affiliations: [], events: eventLinks(touching), sources: sourceLinks(touching.flatMap((e) => e.sources)), mentions: mentions(ref) };
    });
  const sources = report.sources.map((s): RefEntry => {
    const ref = { kind: 'source' as const, id: s.id };
    const events = report.events.filter((e) => e.sources.includes(s.id));
    return { ref, htmlId: refHtmlId(ref), name: s.title, kind: t(locale, `kind.source.${s.kind}`), details: s.publisher ? [s.publisher] : [], affiliations: [], events: eventLinks(events), sources: [], description: s.description, url: s.url, mentions: mentions(ref) };
  });
  return [
    { id: 'refs-places', title: t(locale, 'refs.places'), kind: 'place' as const, entries: places },
    { id: 'refs-actors', title: t(locale, 'refs.actors'), kind: 'actor' as const, entries: actors },
    {
      id: 'refs-events',
      title: t(locale, 'refs.events'),
      kind: 'event' as const,
      entries: events,
      note: listedEvents.length < report.events.length ? t(locale, 'refs.eventsNote', { listed: listedEvents.length, total: report.events.length }) : undefined,
    },
    { id: 'refs-dates', title: t(locale, 'refs.dates'), kind: 'date' as const, entries: dates },
    { id: 'refs-sources', title: t(locale, 'refs.sources'), kind: 'source' as const, entries: sources },
  ].filter((s) => s.entries.length > 0 || s.note);
}
