/** Axes (labelled arrows), shipments (dashed arrows) and overlays (the river) on the Leaflet map. */
import L from 'leaflet';
import type { MapArrow, MapModel } from '../../lib/map/model.ts';
import { el } from './dom.ts';

const ll = ([lon, lat]: [number, number]): [number, number] => [lat, lon];

function arrowhead(a: MapArrow, className: string): L.Marker {
  const head = el('span', { class: `map-arrowhead ${className}` });
  head.style.transform = `rotate(${a.angle}deg)`;
  return L.marker(ll(a.line[1]), {
    icon: L.divIcon({ html: head, className: 'map-arrowhead-icon', iconSize: [0, 0] }),
    pane: 'lines',
    interactive: false,
    keyboard: false,
  });
}

/** Draws the lines; returns the axis name tags (in model order) for placement. */
export function drawLines(model: MapModel, group: (key: string) => L.LayerGroup): HTMLElement[] {
  const tags: HTMLElement[] = [];
  for (const o of model.overlays) {
    if (o.lines.length === 0) continue;
    L.polyline(o.lines.map((line) => line.map(ll)), { pane: 'areas', interactive: false, className: 'map-river', color: '#3b82c4', weight: 2.5 }).addTo(group(`overlay:${o.id}`));
  }
  for (const s of model.shipments) {
    L.polyline(s.line.map(ll), { pane: 'lines', interactive: false, color: '#5e3c99', weight: 1.8, dashArray: '6 4' }).addTo(group('shipments'));
    arrowhead(s, 'is-shipment').addTo(group('shipments'));
  }
  for (const axis of model.axes) {
    for (const a of axis.arrows) {
      L.polyline(a.line.map(ll), { pane: 'lines', interactive: false, color: '#8a1c1c', weight: 2.2 }).addTo(group('axes'));
      arrowhead(a, 'is-axis').addTo(group('axes'));
    }
    const label = el('span', { class: 'map-axis-tag', text: axis.shortName });
    label.title = axis.name;
    tags.push(label);
    L.marker(ll(axis.labelAt), { icon: L.divIcon({ html: label, className: 'map-axis-tag-icon', iconSize: [0, 0] }), pane: 'lines', interactive: false, keyboard: false }).addTo(group('axes'));
  }
  return tags;
}
