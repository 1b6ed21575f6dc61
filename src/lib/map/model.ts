/**
 * The map's view model: what the static and the interactive map draw, computed at build time
 * from a report and handed to the browser as plain JSON.
 */
import type { FeatureCollection } from 'geojson';
import type { Confidence } from '../schema/common.ts';
import type { PlaceKind, PlacePrecision } from '../schema/place.ts';
import type { Report } from '../schema/report.ts';
import { addDays, endOf, formatDateSpec, startOf } from '../time/calendar.ts';
import { boundsOf, distanceKm, padBounds, roundOut, screenAngle, type Bounds, type LonLat } from './geo.ts';
import { SYMBOLS, isAreaKind } from './symbols.ts';

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
}

export interface ModelOptions {
  /** GeoJSON features for `overlays` (by dataset), e.g. the bundled rivers. */
  datasets?: Partial<Record<'natural-earth-rivers', FeatureCollection>>;
  /** Share of the points' extent added around the frame (default 0.12, at least 0.25°): room for labels and the map's controls. */
  pad?: number;
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

  const places: MapPlace[] = report.places
    .map((p) => {
      const kindLabel = SYMBOLS[p.kind].label;
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
        kindLabel,
        accessibleName: `${p.name}, ${kindLabel}`,
        lat: p.lat,
        lon: p.lon,
        precision: p.precision,
        radiusKm: p.radiusKm ?? null,
        area: isAreaKind(p.kind) || p.precision === 'region',
        description: p.description ?? null,
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
    const data = options.datasets?.[o.dataset];
    const lines = (data?.features ?? [])
      .filter((f) => f.properties?.['name'] === o.feature)
      .flatMap((f): LonLat[][] => {
        const g = f.geometry;
        if (g.type === 'LineString') return [g.coordinates as LonLat[]];
        if (g.type === 'MultiLineString') return g.coordinates as LonLat[][];
        return [];
      });
    return { id: o.id, name: o.name, kind: o.kind, precision: o.precision, sources: sourceList(o.sources), lines };
  });

  const counts = new Map<PlaceKind, number>();
  for (const p of places) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  const legend = [...counts]
    .map(([kind, count]) => ({ kind, label: SYMBOLS[kind].label, count }))
    .sort((a, b) => SYMBOLS[a.kind].order - SYMBOLS[b.kind].order);

  const points = places.filter((p) => !p.area).map((p): LonLat => [p.lon, p.lat]);
  const core = boundsOf(points.length > 0 ? points : places.map((p): LonLat => [p.lon, p.lat])) ?? { west: -10, south: -10, east: 10, north: 10 };
  const frame = roundOut(padBounds(core, options.pad ?? 0.12, 0.25), 0.001);
  const clip = roundOut(padBounds(frame, 0.25, 1), 0.1);

  const eventPlaces = Object.fromEntries(report.events.map((e) => [e.id, [...e.places]]));
  return { places, axes, shipments, overlays, legend, frame, clip, eventPlaces };
}

function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}
