/**
 * The static map: the view model and the basemap projected (Web Mercator, d3-geo) into an SVG box at build
 * time, as path strings and placed labels the component renders. It reads without JavaScript and prints.
 */
import { geoCircle, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { t } from '../i18n/catalogue.ts';
import type { BasemapLayers } from './basemap/read.ts';
import { box } from './labels.ts';
import { textWidth, type TextStyle } from './text-width.ts';
import { declutter } from './declutter.ts';
import { EARTH_RADIUS_KM, distanceKm, niceDistance, padBounds, type Bounds, type LonLat } from './geo.ts';
import type { MapModel, MapPlace } from './model.ts';
import { labelScene, type SceneLabel } from './scene.ts';
import { SYMBOLS } from './symbols.ts';
import { mapTitle } from './title.ts';

export interface StaticMarker {
  id: string;
  place: MapPlace;
  /** The place's point. */
  x: number;
  y: number;
  /** Where the symbol is drawn (set apart from a crowd, with a leader line to the point). */
  sx: number;
  sy: number;
  moved: boolean;
  path: string;
  fill: string;
  stroke: string;
}

export interface StaticMap {
  width: number;
  height: number;
  title: string;
  countries: { name: string; d: string; focus: boolean }[];
  water: { name: string; kind: string; d: string }[];
  rivers: { name: string; rank: number; d: string }[];
  borders: string;
  coast: string;
  /** Regions as soft areas; approximate places as faint circles of their radius (whole, so a gradient can fill them). */
  areas: { id: string; name: string; region: boolean; d: string }[];
  overlays: { id: string; name: string; d: string }[];
  axes: { id: string; name: string; arrows: string[] }[];
  shipments: { id: string; name: string; d: string }[];
  /** Point places (areas are labelled, not marked). */
  markers: StaticMarker[];
  labels: SceneLabel[];
  scale: { km: number; px: number };
  /** The basemap's credit line, drawn in the corner. */
  credit: string;
  /** The Web Mercator zoom level the static map corresponds to. */
  zoom: number;
}

/** A Mercator projection fitting `frame` into `width` pixels, and the height that keeps its aspect. */
export function projectionFor(frame: Bounds, width: number): { projection: GeoProjection; height: number } {
  const { west, south, east, north } = frame;
  const unit = geoMercator().scale(1).translate([0, 0]);
  const [x0, y0] = unit([west, north]) as [number, number];
  const [x1, y1] = unit([east, south]) as [number, number];
  const height = Math.round((width * (y1 - y0)) / (x1 - x0));
  const projection = geoMercator().fitExtent(
    [
      [0, 0],
      [width, height],
    ],
    { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[west, north], [east, south]] } },
  );
  return { projection, height };
}

/** The Web Mercator zoom at which a degree of longitude spans as many pixels as in `projection`. */
export function zoomOf(projection: GeoProjection): number {
  const [a] = projection([0, 0]) as [number, number];
  const [b] = projection([1, 0]) as [number, number];
  return Math.log2(((b - a) * 360) / 256);
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

/** The credit line's type (10 px), for keeping labels clear of it. */
const CREDIT_STYLE: TextStyle = { size: 10 };

/** Symbol positions of the point places, set apart where they share a spot. */
export function placeSymbols(model: MapModel, project: (p: LonLat) => [number, number], radius = 12, ring = 16): StaticMarker[] {
  const points = model.places
    .filter((p) => !p.area)
    .sort((a, b) => SYMBOLS[a.kind].order - SYMBOLS[b.kind].order)
    .map((p) => {
      const [x, y] = project([p.lon, p.lat]);
      return { id: p.id, x: round1(x), y: round1(y), place: p };
    });
  const nudges = declutter(points, radius, ring);
  return points.map(({ id, x, y, place }) => {
    const n = nudges.get(id) ?? { dx: 0, dy: 0, moved: false };
    const symbol = SYMBOLS[place.kind];
    return { id, place, x, y, sx: round1(x + n.dx), sy: round1(y + n.dy), moved: n.moved, path: symbol.path, fill: symbol.fill, stroke: symbol.stroke };
  });
}

export function toStaticMap(model: MapModel, layers: BasemapLayers, width = 800): StaticMap {
  const { projection, height } = projectionFor(model.frame, width);
  projection.clipExtent([
    [-8, -8],
    [width + 8, height + 8],
  ]);
  const path = geoPath(projection).digits(1);
  const d = (g: Geometry | Feature): string => path(g as Feature) ?? '';
  const project = (p: LonLat): [number, number] => projection(p) as [number, number];
  const zoom = zoomOf(projection);

  const countries = layers.countries.features.map((f) => ({ name: f.properties.name, d: d(f), focus: model.focusCountries.includes(f.properties.iso) })).filter((c) => c.d);
  const water = layers.water.features.map((f) => ({ name: f.properties.name, kind: f.properties.kind, d: d(f) })).filter((w) => w.d);
  const rivers = layers.rivers.features
    .filter((f) => !model.overlays.some((o) => o.feature === f.properties.name))
    .map((f) => ({ name: f.properties.name, rank: f.properties.rank, d: d(f) }))
    .filter((r) => r.d);
  const lines = (fc: BasemapLayers['borders']) => fc.features.map((f) => d(f)).join('');

  const whole = geoPath(geoMercator().scale(projection.scale()).translate(projection.translate())).digits(1);
  const circle = (p: MapPlace) => whole(geoCircle().center([p.lon, p.lat]).radius(((p.radiusKm ?? 0) / EARTH_RADIUS_KM) * (180 / Math.PI)).precision(6)()) ?? '';
  const areas = model.places
    .filter((p) => p.radiusKm !== null && p.precision !== 'exact')
    .sort((a, b) => (b.radiusKm ?? 0) - (a.radiusKm ?? 0))
    .map((p) => ({ id: p.id, name: p.name, region: p.area, d: circle(p) }));
  const overlays = model.overlays.map((o) => ({ id: o.id, name: o.name, d: d({ type: 'MultiLineString', coordinates: o.lines }) }));
  const xy = (p: LonLat) => project(p).map(round1) as [number, number];
  const axes = model.axes.map((a) => ({ id: a.id, name: a.name, arrows: a.arrows.map((r) => trimmed(xy(r.line[0]), xy(r.line[1]))) }));
  const shipments = model.shipments.map((s) => ({ id: s.id, name: s.name, d: trimmed(xy(s.line[0]), xy(s.line[1]), 8, 10) }));

  const markers = placeSymbols(model, project);
  const symbols = new Map<string, { x: number; y: number }>(markers.map((m) => [m.id, { x: m.sx, y: m.sy }]));
  for (const p of model.places) if (p.area) symbols.set(p.id, { x: round1(project([p.lon, p.lat])[0]), y: round1(project([p.lon, p.lat])[1]) });
  const view = padBounds(model.frame, 0);
  const centre: LonLat = [(view.west + view.east) / 2, (view.south + view.north) / 2];
  const east: LonLat = [centre[0] + 1, centre[1]];
  const pxPerKm = (project(east)[0] - project(centre)[0]) / distanceKm(centre, east);
  const km = niceDistance((width * 0.18) / pxPerKm);
  const scalePx = round1(km * pxPerKm);
  const credit = t(model.locale, 'map.credit');
  const reserved = [
    box(0, height - 28, scalePx + 60, 28),
    box(width - textWidth(credit, CREDIT_STYLE) - 16, height - 22, textWidth(credit, CREDIT_STYLE) + 16, 22),
  ];
  const labels = labelScene({ width, height, project, zoom }, { model, layers, symbols, reserved });
  return {
    width,
    height,
    title: mapTitle(model),
    countries,
    water,
    rivers,
    borders: lines(layers.borders),
    coast: lines(layers.coast),
    areas,
    overlays,
    axes,
    shipments,
    markers,
    labels,
    scale: { km, px: scalePx },
    credit,
    zoom: Math.round(zoom * 100) / 100,
  };
}

/** A straight path from a to b, shortened at both ends so it does not cover the symbols. */
function trimmed(a: [number, number], b: [number, number], start = 8, end = 10): string {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (len <= start + end + 2) return `M${a.join(',')}L${b.join(',')}`;
  const ux = (b[0] - a[0]) / len;
  const uy = (b[1] - a[1]) / len;
  return `M${round1(a[0] + ux * start)},${round1(a[1] + uy * start)}L${round1(b[0] - ux * end)},${round1(b[1] - uy * end)}`;
}

