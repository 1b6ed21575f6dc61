/**
 * The map's view model: what the static and the interactive map draw, computed at build time
 * from a report and handed to the browser as plain JSON.
 */
import { geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { t } from '../i18n/catalogue.ts';
import type { Confidence } from '../schema/common.ts';
import type { PlaceKind, PlacePrecision } from '../schema/place.ts';
import type { Report } from '../schema/report.ts';
import { addDays, endOf, formatDateSpec, startOf } from '../time/calendar.ts';
import type { CountryProps, RiverProps } from './basemap/layers.ts';
import { distanceKm, screenAngle, type Bounds, type LonLat } from './geo.ts';
import { mapFrame, regionOfFrame } from './region.ts';
import { SYMBOLS, isAreaKind, kindLabel } from './symbols.ts';

export interface MapSource {
  id: string;
  title: string;
  url: string | null;
}

export interface MapPlaceEvent {
  id: string;
  title: string;
  /** The date as readers see it, e.g. `26 October 2023`. */
  when: string;
  start: string;
  end: string;
  /** Incidents the entry stands for, when the text counts them. */
  count: number | null;
  /** How many places the entry is spread over (a count over six bases is not a count per base). */
  places: number;
  confidence: Confidence;
}

export interface MapPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  kindLabel: string;
  /** What a screen reader says: `al-Tanf base, coalition base`. */
  accessibleName: string;
  lat: number;
  lon: number;
  precision: PlacePrecision;
  radiusKm: number | null;
  /** Drawn as an area around its centre (regions). */
  area: boolean;
  description: string | null;
  /** ISO 3166-1 alpha-2 code of the country the place is in, as the data declares it. */
  country: string | null;
  admin1: string | null;
  /** The first `EVENT_LIMIT` events there, in date order (cards and the table of places). */
  events: MapPlaceEvent[];
  /** How many events there are in all. */
  eventCount: number;
  /** The days with events there, as merged [start, end] spans (dimming outside a date range). */
  spans: [string, string][];
  sources: MapSource[];
}

/** Events listed per place: a tracker of thousands of events must not put them all in every card. */
export const EVENT_LIMIT = 20;

/** Merges day spans that overlap or touch into as few spans as cover the same days. */
export function mergeSpans(spans: readonly [string, string][]): [string, string][] {
  const sorted = [...spans].sort((a, b) => a[0].localeCompare(b[0]));
  const out: [string, string][] = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= addDays(last[1], 1)) {
      if (end > last[1]) last[1] = end;
    } else out.push([start, end]);
  }
  return out;
}

export interface MapArrow {
  from: string;
  to: string;
  line: [LonLat, LonLat];
  /** Screen angle in Web Mercator, degrees clockwise from east. */
  angle: number;
  km: number;
}

export interface MapAxis {
  id: string;
  name: string;
  /** The part of the name before a dash, e.g. `First axis`. */
  shortName: string;
  means: string | null;
  confidence: Confidence;
  arrows: MapArrow[];
  /** Origin–target pairs not drawn because the origin lies at the target's centre. */
  unDrawn: { from: string; to: string }[];
  /** Where the label goes: the middle of the arrows' midpoints. */
  labelAt: LonLat;
}

export interface MapShipment extends MapArrow {
  id: string;
  name: string;
  via: string | null;
  frequency: string | null;
}

export interface MapOverlay {
  id: string;
  name: string;
  /** The basemap feature it draws (a river's Natural Earth name). */
  feature: string;
  kind: string;
  precision: string;
  sources: MapSource[];
  lines: LonLat[][];
}

export interface LegendEntry {
  kind: PlaceKind;
  label: string;
  count: number;
}

export interface MapModel {
  /** The locale of the report's strings. */
  locale: string;
  /** Every place with coordinates, north to south (the keyboard order). */
  places: MapPlace[];
  axes: MapAxis[];
  shipments: MapShipment[];
  overlays: MapOverlay[];
  /** Kinds present, in legend order. */
  legend: LegendEntry[];
  /** What the map frames: the report's points, padded. */
  frame: Bounds;
  /** What the basemap covers: the frame with a margin for panning and zooming out. */
  clip: Bounds;
  /** Event id → its place ids, for highlighting an event's places. */
  eventPlaces: Record<string, string[]>;
  /** The countries the report's places lie in (ISO 3166-1 alpha-2, as declared or by the basemap's shapes), emphasised on the map. */
  focusCountries: string[];
}

export interface ModelOptions {
  /** The basemap's rivers, for `overlays` (a report's overlay names a river of its basemap). */
  rivers?: FeatureCollection<Geometry, RiverProps>;
  /** The basemap's countries, to find the countries the report's places lie in. */
  countries?: FeatureCollection<Geometry, CountryProps>;
  /** The locale of reader-facing strings (default `en`). */
  locale?: string;
}

/** Origins closer than this to their target are not drawn as arrows. */
const MIN_ARROW_KM = 5;

export function toMapModel(report: Report, options: ModelOptions = {}): MapModel {
  const sources = new Map(report.sources.map((s) => [s.id, { id: s.id, title: s.title, url: s.url ?? null }]));
  const sourceList = (ids: readonly string[]): MapSource[] => ids.flatMap((id) => sources.get(id) ?? []);
  const byId = new Map(report.places.map((p) => [p.id, p]));
  const lonLat = (id: string): LonLat | undefined => {
    const p = byId.get(id);
    return p ? [p.lon, p.lat] : undefined;
  };

  const locale = options.locale ?? 'en';
  const places: MapPlace[] = report.places
    .map((p) => {
      const kind = kindLabel(locale, p.kind);
      const events = report.events
        .filter((e) => e.places.includes(p.id))
        .map((e) => ({
          id: e.id,
          title: e.title,
          when: formatDateSpec(e.date),
          start: startOf(e.date),
          end: endOf(e.date),
          count: e.count ?? null,
          places: e.places.length,
          confidence: e.confidence,
        }))
        .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
      const listed = events.slice(0, EVENT_LIMIT);
      return {
        id: p.id,
        name: p.name,
        kind: p.kind,
        kindLabel: kind,
        accessibleName: t(locale, 'map.place.accessible', { name: p.name, kind }),
        lat: p.lat,
        lon: p.lon,
        precision: p.precision,
        radiusKm: p.radiusKm ?? null,
        area: isAreaKind(p.kind) || p.precision === 'region',
        description: p.description ?? null,
        country: p.country ?? null,
        admin1: p.admin1 ?? null,
        events: listed,
        eventCount: events.length,
        spans: mergeSpans(events.map((e): [string, string] => [e.start, e.end])),
        sources: sourceList(p.sources),
      };
    })
    .sort((a, b) => b.lat - a.lat || SYMBOLS[a.kind].order - SYMBOLS[b.kind].order || a.lon - b.lon);

  const arrow = (from: string, to: string): MapArrow | undefined => {
    const a = lonLat(from);
    const b = lonLat(to);
    if (!a || !b) return undefined;
    return { from, to, line: [a, b], angle: screenAngle(a, b), km: Math.round(distanceKm(a, b)) };
  };

  const axes: MapAxis[] = report.axes.map((axis) => {
    const arrows: MapArrow[] = [];
    const unDrawn: { from: string; to: string }[] = [];
    for (const from of axis.from) {
      for (const to of axis.to) {
        const a = arrow(from, to);
        if (a && a.km >= MIN_ARROW_KM) arrows.push(a);
        else unDrawn.push({ from, to });
      }
    }
    const mids = arrows.map(({ line: [a, b] }): LonLat => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]);
    const fallback = lonLat(axis.to[0] ?? '') ?? [0, 0];
    return {
      id: axis.id,
      name: axis.name,
      shortName: axis.name.split(/\s+[—–]\s+|:\s+/)[0] ?? axis.name,
      means: axis.means ?? null,
      confidence: axis.confidence,
      arrows,
      unDrawn,
      labelAt: mids.length > 0 ? [mean(mids.map((m) => m[0])), mean(mids.map((m) => m[1]))] : fallback,
    };
  });

  const shipments: MapShipment[] = report.shipments.flatMap((s) => {
    const a = arrow(s.from, s.to);
    return a ? [{ ...a, id: s.id, name: s.name, via: s.via ?? null, frequency: s.frequency ?? null }] : [];
  });

  const overlays: MapOverlay[] = report.overlays.map((o) => {
    const lines = (options.rivers?.features ?? []).filter((f) => f.properties.name === o.feature).flatMap((f) => linesOf(f.geometry));
    return { id: o.id, name: o.name, feature: o.feature, kind: o.kind, precision: o.precision, sources: sourceList(o.sources), lines };
  });

  const counts = new Map<PlaceKind, number>();
  for (const p of places) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  const legend = [...counts]
    .map(([kind, count]) => ({ kind, label: kindLabel(locale, kind), count }))
    .sort((a, b) => SYMBOLS[a.kind].order - SYMBOLS[b.kind].order);

  const frame = mapFrame(report.places);
  const clip = regionOfFrame(frame);
  const eventPlaces = Object.fromEntries(report.events.map((e) => [e.id, [...e.places]]));
  const focusCountries = countriesOf(places, options.countries);
  return { locale, places, axes, shipments, overlays, legend, frame, clip, eventPlaces, focusCountries };
}

function linesOf(g: Geometry | null): LonLat[][] {
  if (g?.type === 'LineString') return [g.coordinates as LonLat[]];
  if (g?.type === 'MultiLineString') return (g as MultiLineString).coordinates as LonLat[][];
  return [];
}

/**
 * The countries (alpha-2) holding the report's point places (its areas when it has no points: an area's
 * centre often sits on a border), most places first: as each place declares it, else by the basemap's shapes.
 */
function countriesOf(places: readonly MapPlace[], countries: FeatureCollection<Geometry, CountryProps> | undefined): string[] {
  const shapes = (countries?.features ?? []).filter((f): f is Feature<Polygon | MultiPolygon, CountryProps> => (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') && f.properties.iso !== '');
  const counts = new Map<string, number>();
  const points = places.filter((p) => !p.area);
  for (const p of points.length > 0 ? points : places) {
    const iso = p.country ?? shapes.find((f) => geoContains(f, [p.lon, p.lat]))?.properties.iso;
    if (iso) counts.set(iso, (counts.get(iso) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([iso]) => iso);
}

function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}
