/**
 * What the map writes, for one view (the static SVG, or the interactive map at its current zoom and size):
 * label requests in the cartographic order of importance, laid out by `layoutLabels`. The report's places come
 * first and are never dropped, with the axes' names where they fit; then the report's rivers, countries, reference towns, waters,
 * first-level divisions and peaks, each dropped where it would collide. Both maps call this, so they agree.
 */
import { geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { countryName } from '../acled/countries.ts';
import type { BasemapLayers } from './basemap/read.ts';
import { clipRing } from './clip.ts';
import { distanceKm, type LonLat } from './geo.ts';
import { box, layoutLabels, type Box, type LayoutOptions, type PlacedLabel } from './labels.ts';
import type { MapModel, MapPlace } from './model.ts';
import type { TextStyle } from './text-width.ts';

export type LabelClass = 'place' | 'area' | 'axis' | 'river' | 'country' | 'town' | 'water' | 'admin1' | 'peak';

/** Type sizes and weights of each class of label: the hierarchy a reader sees. */
export const LABEL_STYLES: Record<LabelClass, TextStyle> = {
  place: { size: 12 },
  area: { size: 11, spacing: 0.02 },
  axis: { size: 11, bold: true },
  river: { size: 10.5 },
  country: { size: 11, bold: true, spacing: 0.2, uppercase: true },
  town: { size: 10 },
  water: { size: 10 },
  admin1: { size: 9, spacing: 0.12, uppercase: true },
  peak: { size: 9 },
};
/** Bases and sites the report is about are set in bold. */
export const STRONG_PLACE: TextStyle = { size: 12, bold: true };

export interface View {
  width: number;
  height: number;
  /** Longitude/latitude to pixels in this view. */
  project: (p: LonLat) => [number, number];
  /** The view's Web Mercator zoom level (Leaflet's, or the static map's equivalent). */
  zoom: number;
}

export type SceneLayers = Pick<BasemapLayers, 'countries' | 'water' | 'rivers' | 'towns' | 'admin1' | 'physical'>;

export interface SceneInput {
  model: MapModel;
  layers: SceneLayers;
  /** Where each shown place's symbol (or area centre) is drawn, in pixels. */
  symbols: ReadonlyMap<string, { x: number; y: number }>;
  /** Draw reference towns, waters and divisions (the legend may switch them off). */
  reference?: boolean;
  /** Draw the axes' names. */
  axes?: boolean;
  /** Symbol radius of a report's place, in pixels. */
  symbolRadius?: number;
  /** Parts of the view labels must keep clear of (the map's controls, its scale bar and credit). */
  reserved?: readonly Box[];
}

export interface SceneLabel extends PlacedLabel {
  kind: LabelClass;
  /** The type it was measured in (smaller on a small map). */
  style: TextStyle;
  /** The report's place it names, for `place` and `area` labels. */
  place?: string;
  /** A reference town's dot, when the label is a town's. */
  dot?: { x: number; y: number };
}

const TOWN_DOT = 2.5;

/** Places whose labels are bold: the report's bases and sites, not its towns and areas. */
export function isStrongPlace(p: MapPlace): boolean {
  return !p.area && p.kind !== 'town' && p.kind !== 'city';
}

const focusShapes = new WeakMap<SceneLayers, Set<string>>();

/** Names of the first-level divisions inside the countries the report is about. */
function focusDivisions(model: MapModel, layers: SceneLayers): Set<string> {
  let names = focusShapes.get(layers);
  if (!names) {
    const shapes = layers.countries.features.filter((f) => model.focusCountries.includes(f.properties.iso));
    names = new Set(layers.admin1.features.filter((f) => shapes.some((s) => geoContains(s, f.geometry.coordinates as LonLat))).map((f) => f.properties.name));
    focusShapes.set(layers, names);
  }
  return names;
}

/** The centre of the largest part of a country (or lake) inside the view (or a part of it), in pixels, if the part is large enough to name. */
function countryAnchor(f: Feature<Polygon | MultiPolygon>, view: View, minArea: number, frame = { west: 0, south: 0, east: view.width, north: view.height }): { x: number; y: number } | undefined {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best: { area: number; x: number; y: number } | undefined;
  for (const polygon of polygons) {
    const ring = clipRing(decimate(polygon[0] ?? [], 200).map((p: Position) => view.project(p as LonLat)), frame);
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i] as LonLat;
      const [x1, y1] = ring[i + 1] as LonLat;
      const c = x0 * y1 - x1 * y0;
      a += c;
      cx += (x0 + x1) * c;
      cy += (y0 + y1) * c;
    }
    if (a === 0) continue;
    const area = Math.abs(a / 2);
    if (!best || area > best.area) best = { area, x: cx / (3 * a), y: cy / (3 * a) };
  }
  return best && best.area >= minArea ? { x: best.x, y: best.y } : undefined;
}

/** Points along a line (in pixels, inside the view) where a river's name may go: the middle first. */
function alongLine(lines: LonLat[][], view: View): { x: number; y: number }[] {
  const parts = lines.map((l) => decimate(l, 200).map(view.project).filter(([x, y]) => x >= 0 && y >= 0 && x <= view.width && y <= view.height)).sort((a, b) => b.length - a.length);
  const longest = parts[0] ?? [];
  if (longest.length < 2) return [];
  return [0.5, 0.35, 0.65, 0.2, 0.8].map((t) => {
    const [x, y] = longest[Math.min(longest.length - 1, Math.round(t * (longest.length - 1)))] as [number, number];
    return { x, y: y - 8 };
  });
}

/** At most about `max` points of a line or ring, evenly taken (its ends kept): enough to place a label on. */
function decimate<T>(points: readonly T[], max: number): T[] {
  if (points.length <= max) return points as T[];
  const step = Math.ceil(points.length / max);
  return points.filter((_, i) => i % step === 0 || i === points.length - 1);
}

const linesOf = (g: { type: string; coordinates: unknown }): LonLat[][] => (g.type === 'LineString' ? [g.coordinates as LonLat[]] : (g.coordinates as LonLat[][]));

/** Every label of one view of the map, placed. */
export function labelScene(view: View, input: SceneInput, options: LayoutOptions = {}): SceneLabel[] {
  const { model, layers, symbols } = input;
  const r = input.symbolRadius ?? 7;
  // A phone-sized map sets its type a size smaller.
  const small = view.width < 480;
  const S = (style: TextStyle): TextStyle => (small ? { ...style, size: style.size - 1 } : style);
  const requests: (Parameters<typeof layoutLabels>[0][number] & { kind: LabelClass; place?: string; dot?: { x: number; y: number } })[] = [];
  const obstacles: Box[] = [...(input.reserved ?? [])];
  const inView = (x: number, y: number) => x >= 0 && y >= 0 && x <= view.width && y <= view.height;

  // The report's places: points first (north to south), then areas.
  for (const p of model.places) {
    const at = symbols.get(p.id);
    if (!at || p.area) continue;
    obstacles.push(box(at.x - r, at.y - r, 2 * r, 2 * r));
    if (!inView(at.x, at.y)) continue;
    requests.push({ id: `place:${p.id}`, kind: 'place', place: p.id, text: p.name, x: at.x, y: at.y, style: S(isStrongPlace(p) ? STRONG_PLACE : LABEL_STYLES.place), required: true, mode: 'around', offset: r });
  }
  if (input.axes !== false) {
    for (const a of model.axes) {
      if (a.arrows.length === 0) continue;
      const along = a.arrows.flatMap(({ line: [s, e] }) => {
        const [x0, y0] = view.project(s);
        const [x1, y1] = view.project(e);
        return [0.5, 0.35, 0.65, 0.2, 0.8].map((f) => ({ x: x0 + f * (x1 - x0), y: y0 + f * (y1 - y0) }));
      });
      const [x, y] = view.project(a.labelAt);
      requests.push({ id: `axis:${a.id}`, kind: 'axis', text: a.shortName, x, y, style: S(LABEL_STYLES.axis), early: true, mode: 'centred', alternatives: along });
    }
  }
  for (const p of model.places) {
    const at = symbols.get(p.id);
    if (!at || !p.area || !inView(at.x, at.y)) continue;
    const [, cy] = view.project([p.lon, p.lat]);
    const [, ny] = view.project([p.lon, p.lat + (p.radiusKm ?? 20) / 111]);
    const rad = Math.max(8, Math.abs(cy - ny));
    const alternatives = [0.3, 0.55].flatMap((f) => [0, 1, 2, 3, 4, 5, 6, 7].map((k) => ({ x: at.x + f * rad * Math.cos((k * Math.PI) / 4), y: at.y + f * rad * Math.sin((k * Math.PI) / 4) })));
    requests.push({ id: `place:${p.id}`, kind: 'area', place: p.id, text: p.name, x: at.x, y: at.y, style: S(LABEL_STYLES.area), required: true, mode: 'centred', alternatives, wrap: true });
  }
  for (const o of model.overlays) {
    const spots = alongLine(o.lines, view);
    if (spots[0]) requests.push({ id: `river:${o.id}`, kind: 'river', text: o.name, ...spots[0], alternatives: spots.slice(1), style: LABEL_STYLES.river, mode: 'centred' });
  }

  if (input.reference !== false) {
    /** A reference town the report names itself (under another spelling, perhaps): within 6 km or 14 px of a place. */
    const tooClose = (lonLat: LonLat, x: number, y: number) =>
      model.places.some((p) => {
        if (p.area) return false;
        const at = symbols.get(p.id);
        if (at && Math.hypot(at.x - x, at.y - y) < 14) return true;
        return Math.abs(p.lat - lonLat[1]) < 0.1 && Math.abs(p.lon - lonLat[0]) < 0.2 && distanceKm([p.lon, p.lat], lonLat) < 6;
      });
    const countryMin = 6000;
    for (const f of layers.countries.features) {
      const at = countryAnchor(f, view, countryMin);
      if (!at) continue;
      // Elsewhere in the country, if its middle is taken: the middles of its parts in each quarter of the view.
      const { width: w, height: h } = view;
      const alternatives = [[0, 0], [w / 2, 0], [0, h / 2], [w / 2, h / 2]].flatMap(([x0, y0]) => countryAnchor(f, view, countryMin / 4, { west: x0!, south: y0!, east: x0! + w / 2, north: y0! + h / 2 }) ?? []);
      requests.push({ id: `country:${f.properties.name}`, kind: 'country', text: f.properties.iso ? countryName(f.properties.iso, model.locale) : f.properties.name, ...at, alternatives, style: LABEL_STYLES.country, mode: 'centred' });
    }
    const towns = layers.towns.features
      .filter((f) => f.properties.minZoom <= view.zoom + 1)
      .sort((a, b) => (a.properties.capital === 1 ? 0 : 1) - (b.properties.capital === 1 ? 0 : 1) || a.properties.rank - b.properties.rank || a.properties.name.localeCompare(b.properties.name));
    const townRequest = (f: (typeof towns)[number]) => {
      const lonLat = f.geometry.coordinates as LonLat;
      const [x, y] = view.project(lonLat);
      if (!inView(x, y) || tooClose(lonLat, x, y)) return;
      requests.push({ id: `town:${f.properties.name}:${lonLat.join(',')}`, kind: 'town', text: f.properties.name, x, y, dot: { x, y }, symbol: box(x - TOWN_DOT, y - TOWN_DOT, 2 * TOWN_DOT, 2 * TOWN_DOT), style: LABEL_STYLES.town, mode: 'around', offset: TOWN_DOT + 1 });
    };
    towns.filter((f) => f.properties.rank <= 4).forEach(townRequest);
    const rivers = new Map<string, { rank: number; lines: LonLat[][] }>();
    for (const f of layers.rivers.features) {
      const name = f.properties.name;
      if (!name || model.overlays.some((o) => o.feature === name || o.name === name) || f.properties.rank > view.zoom + 2) continue;
      const river = rivers.get(name) ?? { rank: f.properties.rank, lines: [] };
      river.lines.push(...linesOf(f.geometry));
      rivers.set(name, river);
    }
    for (const [name, river] of rivers) {
      const spots = alongLine(river.lines, view);
      if (spots[0]) requests.push({ id: `river:${name}`, kind: 'river', text: name, ...spots[0], alternatives: spots.slice(1), style: LABEL_STYLES.water, mode: 'centred' });
    }
    for (const f of layers.water.features) {
      if (!f.properties.name || f.properties.kind === 'playa') continue;
      const at = countryAnchor(f, view, 300);
      if (at) requests.push({ id: `water:${f.properties.name}`, kind: 'water', text: f.properties.name, ...at, style: LABEL_STYLES.water, mode: 'centred' });
    }
    towns.filter((f) => f.properties.rank > 4).forEach(townRequest);
    const divisions = focusDivisions(model, layers);
    for (const f of layers.admin1.features) {
      if (!divisions.has(f.properties.name)) continue;
      const [x, y] = view.project(f.geometry.coordinates as LonLat);
      if (inView(x, y)) requests.push({ id: `admin1:${f.properties.name}`, kind: 'admin1', text: f.properties.name, x, y, style: LABEL_STYLES.admin1, mode: 'centred' });
    }
    if (view.zoom >= 7) {
      for (const f of layers.physical.features) {
        const [x, y] = view.project(f.geometry.coordinates as LonLat);
        if (inView(x, y)) requests.push({ id: `peak:${f.properties.name}`, kind: 'peak', text: f.properties.name, x, y, style: LABEL_STYLES.peak, mode: 'around', offset: 4, symbol: box(x - 3, y - 3, 6, 6), dot: { x, y } });
      }
    }
  }

  const placed = layoutLabels(requests, obstacles, view.width, view.height, options);
  return requests.flatMap((q) => {
    const label = placed.get(q.id);
    if (!label) return [];
    const out: SceneLabel = { ...label, kind: q.kind, style: q.style };
    if (q.place) out.place = q.place;
    if (q.dot) out.dot = q.dot;
    return [out];
  });
}
