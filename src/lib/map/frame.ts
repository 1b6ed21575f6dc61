/**
 * The static map: the view model projected (Web Mercator, d3-geo) into an SVG box at build
 * time, as plain numbers and path strings the component renders. No DOM.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { MultiLineString, MultiPolygon } from 'geojson';
import type { Basemap } from './basemap.ts';
import { clipLine, clipRing } from './clip.ts';
import { declutter } from './declutter.ts';
import { circleRing, destination, niceDistance, padBounds, type LonLat } from './geo.ts';
import type { MapModel, MapPlace } from './model.ts';
import { box, placeLabels, placeTag, tagBox, type LabelSide } from './labels.ts';
import { SYMBOLS } from './symbols.ts';

export interface StaticMarker {
  id: string;
  place: MapPlace;
  x: number;
  y: number;
  /** Where the symbol is drawn when decluttered off its point. */
  sx: number;
  sy: number;
  moved: boolean;
  path: string;
  fill: string;
  stroke: string;
  label: { text: string; x: number; y: number; anchor: 'start' | 'end' | 'middle' } | null;
}

export interface StaticMap {
  width: number;
  height: number;
  countries: { name: string; d: string }[];
  /** Country names where their country has room in the frame (x, y on the SVG; lonLat for other renderers). */
  countryLabels: { name: string; x: number; y: number; lonLat: LonLat }[];
  borders: string;
  coast: string;
  areas: { id: string; name: string; precision: string; d: string }[];
  rivers: { id: string; name: string; d: string }[];
  axes: { id: string; name: string; shortName: string; arrows: string[]; label: { x: number; y: number } }[];
  shipments: { id: string; name: string; d: string }[];
  markers: StaticMarker[];
  scale: { km: number; px: number };
}


export function projectionFor(model: Pick<MapModel, 'frame'>, width: number): { projection: GeoProjection; height: number } {
  const { west, south, east, north } = model.frame;
  const unit = geoMercator().scale(1).translate([0, 0]);
  const [x0, y0] = unit([west, north]) as [number, number];
  const [x1, y1] = unit([east, south]) as [number, number];
  const height = Math.round((width * (y1 - y0)) / (x1 - x0));
  const projection = geoMercator().fitExtent(
    [
      [0, 0],
      [width, height],
    ],
    {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPoint', coordinates: [[west, north], [east, south]] },
    },
  );
  return { projection, height };
}

export function toStaticMap(model: MapModel, basemap: Basemap, width = 800): StaticMap {
  const { projection, height } = projectionFor(model, width);
  const xy = (p: LonLat): [number, number] => {
    const [x, y] = projection(p) as [number, number];
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  };
  /** Path data, dropping points less than a pixel from the last one kept (the SVG is drawn at one size). */
  const line = (points: readonly LonLat[], close = false): string => {
    let out = '';
    let last: [number, number] | undefined;
    points.forEach((p, i) => {
      const q = xy(p);
      if (last && i < points.length - 1 && Math.hypot(q[0] - last[0], q[1] - last[1]) < 1) return;
      out += `${last ? 'L' : 'M'}${q.join(',')}`;
      last = q;
    });
    return out + (close ? 'Z' : '');
  };
  // The page's SVG needs only the frame (with a little room for strokes), not the basemap's panning margin.
  const view = padBounds(model.frame, 0.03);
  const rings = (poly: LonLat[][]) => poly.map((ring) => clipRing(ring, view)).filter((ring) => ring.length >= 4);
  const lines = (parts: LonLat[][]) => parts.flatMap((part) => clipLine(part, view));

  const countries: StaticMap['countries'] = [];
  const countryLabels: StaticMap['countryLabels'] = [];
  let borders = '';
  let coast = '';
  for (const f of basemap.features) {
    if (f.properties.layer === 'country') {
      const g = f.geometry as MultiPolygon;
      const d = g.coordinates.map((poly) => rings(poly as LonLat[][]).map((ring) => line(ring, true)).join('')).join('');
      if (d) countries.push({ name: f.properties.name, d });
      const label = labelPoint(g, model, xy);
      const at = label ? projection.invert?.([label.x, label.y]) : undefined;
      if (label && at) countryLabels.push({ name: f.properties.name, ...label, lonLat: [Math.round(at[0] * 1000) / 1000, Math.round(at[1] * 1000) / 1000] });
    } else {
      const d = lines((f.geometry as MultiLineString).coordinates as LonLat[][]).map((l) => line(l)).join('');
      if (f.properties.layer === 'border') borders += d;
      else coast += d;
    }
  }

  const areas = model.places
    .filter((p) => p.radiusKm !== null && p.precision !== 'exact')
    .map((p) => ({ id: p.id, name: p.name, precision: p.precision, d: line(circleRing([p.lon, p.lat], p.radiusKm ?? 0, 36), true) }));
  const rivers = model.overlays.map((o) => ({ id: o.id, name: o.name, d: o.lines.map((l) => line(l)).join('') }));
  const axes = model.axes.map((a) => {
    const [lx, ly] = xy(a.labelAt);
    return { id: a.id, name: a.name, shortName: a.shortName, arrows: a.arrows.map((r) => trimmed(xy(r.line[0]), xy(r.line[1]))), label: { x: lx, y: ly } };
  });
  const shipments = model.shipments.map((s) => ({ id: s.id, name: s.name, d: trimmed(xy(s.line[0]), xy(s.line[1])) }));

  const markers = placeMarkers(model, xy, width, height, axes);
  const [cx, cy] = [(model.frame.west + model.frame.east) / 2, (model.frame.south + model.frame.north) / 2];
  const pxPer100 = Math.abs((xy(destination([cx, cy], 90, 100))[0] - xy([cx, cy])[0]));
  const km = niceDistance((width * 0.18 * 100) / pxPer100);
  return { width, height, countries, countryLabels, borders, coast, areas, rivers, axes, shipments, markers, scale: { km, px: Math.round((km * pxPer100) / 10) / 10 } };
}

/** Marker positions (decluttered) and labels for non-area places, placed where they collide least. */
function placeMarkers(model: MapModel, xy: (p: LonLat) => [number, number], width: number, height: number, axes: StaticMap['axes']): StaticMarker[] {
  const priority = [...model.places].sort((a, b) => Number(a.area) - Number(b.area) || SYMBOLS[a.kind].order - SYMBOLS[b.kind].order);
  const points = priority.map((p) => {
    const [x, y] = xy([p.lon, p.lat]);
    return { id: p.id, x, y };
  });
  const nudges = declutter(points);
  const at = (i: number) => {
    const p = points[i] as { id: string; x: number; y: number };
    const n = nudges.get(p.id) ?? { dx: 0, dy: 0, moved: false };
    return { ...p, sx: p.x + n.dx, sy: p.y + n.dy, moved: n.moved };
  };
  const symbols = priority.map((_, i) => {
    const { sx, sy } = at(i);
    return box(sx - 6, sy - 6, 12, 12);
  });
  const items = priority.flatMap((place, i) => (place.area ? [] : [{ id: place.id, x: at(i).sx, y: at(i).sy, text: place.name }]));
  const tags = axes.map((a) => {
    a.label = placeTag(a.label.x, a.label.y, a.shortName, symbols);
    return tagBox(a.label.x, a.label.y, a.shortName);
  });
  const sides = placeLabels(items, [...symbols, ...tags], width, height);
  return priority.map((place, i) => {
    const { x, y, sx, sy, moved } = at(i);
    const symbol = SYMBOLS[place.kind];
    const side = sides.get(place.id);
    const label: StaticMarker['label'] = side ? { text: place.name, ...LABEL_ANCHOR[side](sx, sy) } : null;
    return { id: place.id, place, x, y, sx, sy, moved, path: symbol.path, fill: symbol.fill, stroke: symbol.stroke, label };
  });
}

const LABEL_ANCHOR: Record<LabelSide, (x: number, y: number) => { x: number; y: number; anchor: 'start' | 'end' | 'middle' }> = {
  right: (x, y) => ({ x: Math.round(x + 9), y: Math.round(y + 4), anchor: 'start' }),
  left: (x, y) => ({ x: Math.round(x - 9), y: Math.round(y + 4), anchor: 'end' }),
  top: (x, y) => ({ x: Math.round(x), y: Math.round(y - 10), anchor: 'middle' }),
  bottom: (x, y) => ({ x: Math.round(x), y: Math.round(y + 18), anchor: 'middle' }),
};

/** A straight path from a to b, shortened at both ends so it does not cover the symbols. */
function trimmed(a: [number, number], b: [number, number], start = 8, end = 10): string {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (len <= start + end + 2) return `M${a.join(',')}L${b.join(',')}`;
  const ux = (b[0] - a[0]) / len;
  const uy = (b[1] - a[1]) / len;
  const r = (v: number) => Math.round(v * 10) / 10;
  return `M${r(a[0] + ux * start)},${r(a[1] + uy * start)}L${r(b[0] - ux * end)},${r(b[1] - uy * end)}`;
}

/** Where to write a country's name: the centroid of its largest part inside the frame, if large enough. */
function labelPoint(g: MultiPolygon, model: MapModel, xy: (p: LonLat) => [number, number]): { x: number; y: number } | undefined {
  let best: { area: number; x: number; y: number } | undefined;
  for (const poly of g.coordinates) {
    const ring = clipRing((poly[0] ?? []) as LonLat[], model.frame).map(xy);
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i] as [number, number];
      const [x1, y1] = ring[i + 1] as [number, number];
      const c = x0 * y1 - x1 * y0;
      a += c;
      cx += (x0 + x1) * c;
      cy += (y0 + y1) * c;
    }
    if (a === 0) continue;
    const area = Math.abs(a / 2);
    if (!best || area > best.area) best = { area, x: Math.round(cx / (3 * a)), y: Math.round(cy / (3 * a)) };
  }
  return best && best.area > 8000 ? { x: best.x, y: best.y } : undefined;
}
