/**
 * Lays out the live map for its current view: sets crowded symbols apart, then places every label with the
 * same rules as the static map (`labelScene`), measuring text with the browser's own fonts. Runs after every
 * zoom, pan, resize and layer switch; reference labels are hidden while the map zooms.
 */
import L from 'leaflet';
import type { BasemapLayers } from '../../lib/map/basemap/read.ts';
import { declutter } from '../../lib/map/declutter.ts';
import type { LonLat } from '../../lib/map/geo.ts';
import { box, lineHeight, type Box } from '../../lib/map/labels.ts';
import type { MapModel } from '../../lib/map/model.ts';
import { labelScene, type SceneLabel } from '../../lib/map/scene.ts';
import { SYMBOLS } from '../../lib/map/symbols.ts';
import type { TextStyle } from '../../lib/map/text-width.ts';
import { el } from './dom.ts';
import { PIN, type PlaceMarker } from './markers.ts';

export interface LayoutState {
  /** Whether a layer is on (legend keys: `kind:<kind>`, `axes`, `reference`). */
  shown(key: string): boolean;
}

/** Text widths in the page's own font, through a canvas. */
function measurer(host: HTMLElement): (text: string, style: TextStyle) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  const family = getComputedStyle(host).fontFamily || 'sans-serif';
  return (text, style) => {
    const shown = style.uppercase ? text.toUpperCase() : text;
    if (!ctx) return shown.length * style.size * 0.7;
    ctx.font = `${style.bold ? '700 ' : ''}${style.size}px ${family}`;
    return Math.ceil(ctx.measureText(shown).width + (style.spacing ?? 0) * style.size * [...shown].length) + 1;
  };
}

/** Applies a text style to an element, so that what is drawn is what was measured. */
export function styleText(element: HTMLElement, style: TextStyle): void {
  element.style.fontSize = `${style.size}px`;
  element.style.lineHeight = `${lineHeight(style)}px`;
  element.style.fontWeight = style.bold ? '700' : '400';
  element.style.letterSpacing = style.spacing ? `${style.spacing}em` : '';
  element.style.textTransform = style.uppercase ? 'uppercase' : '';
}

/** Puts an element at a label's box, relative to an origin in container pixels. */
function placeAt(element: HTMLElement, label: SceneLabel, ox: number, oy: number): void {
  const x = label.anchor === 'start' ? label.box.x0 : label.anchor === 'end' ? label.box.x1 : (label.box.x0 + label.box.x1) / 2;
  element.style.left = `${Math.round(x - ox)}px`;
  element.style.top = `${Math.round(label.box.y0 - oy)}px`;
  element.style.transform = label.anchor === 'start' ? '' : label.anchor === 'end' ? 'translateX(-100%)' : 'translateX(-50%)';
}

/** A line from (x0, y0) to (x1, y1), relative to an origin. */
function line(element: HTMLElement, x0: number, y0: number, x1: number, y1: number): void {
  const length = Math.hypot(x1 - x0, y1 - y0);
  element.style.width = `${length}px`;
  element.style.left = `${x0}px`;
  element.style.top = `${y0}px`;
  element.style.transform = `rotate(${Math.atan2(y1 - y0, x1 - x0)}rad)`;
}

export function createLayout(map: L.Map, model: MapModel, layers: BasemapLayers, markers: ReadonlyMap<string, PlaceMarker>, axisTags: HTMLElement[], state: LayoutState): () => SceneLabel[] {
  const measure = measurer(map.getContainer());
  const pane = map.getPane('labels') as HTMLElement;
  const reference = el('div', { class: 'map-reference-labels' });
  reference.setAttribute('aria-hidden', 'true');
  pane.append(reference);

  /** The map's controls (zoom buttons, scale, credit), which labels keep clear of. */
  const reserved = (): Box[] => {
    const origin = map.getContainer().getBoundingClientRect();
    return [...map.getContainer().querySelectorAll('.leaflet-control')].map((c) => {
      const r = c.getBoundingClientRect();
      return box(r.left - origin.left, r.top - origin.top, r.width, r.height);
    });
  };
  const run = (): SceneLabel[] => {
    const size = map.getSize();
    const at = (p: { lat: number; lon: number }) => map.latLngToContainerPoint([p.lat, p.lon]);
    const shownPlaces = model.places.filter((p) => state.shown(`kind:${p.kind}`));
    const points = shownPlaces.filter((p) => !p.area).sort((a, b) => SYMBOLS[a.kind].order - SYMBOLS[b.kind].order);
    const nudges = declutter(points.map((p) => ({ id: p.id, x: at(p).x, y: at(p).y })), 24, 26);
    const symbols = new Map<string, { x: number; y: number }>();
    for (const p of shownPlaces) {
      const q = at(p);
      const n = nudges.get(p.id);
      symbols.set(p.id, { x: q.x + (n?.dx ?? 0), y: q.y + (n?.dy ?? 0) });
    }
    const view = { width: size.x, height: size.y, zoom: map.getZoom(), project: ([lon, lat]: LonLat): [number, number] => { const q = map.latLngToContainerPoint([lat, lon]); return [q.x, q.y]; } };
    const labels = labelScene(view, { model, layers, symbols, reference: state.shown('reference'), axes: state.shown('axes'), symbolRadius: 8, reserved: reserved() }, { measure });
    const byPlace = new Map(labels.filter((l) => l.place).map((l) => [l.place, l]));

    for (const m of markers.values()) {
      const p = at(m.place);
      const n = nudges.get(m.place.id) ?? { dx: 0, dy: 0, moved: false };
      if (m.pin) m.pin.style.transform = n.moved ? `translate(${n.dx}px, ${n.dy}px)` : '';
      if (m.leader) {
        m.leader.hidden = !n.moved;
        if (n.moved) line(m.leader, PIN, PIN, PIN + n.dx, PIN + n.dy);
      }
      const l = byPlace.get(m.place.id);
      m.label.hidden = !l;
      m.label.textContent = l ? l.lines.join('\n') : m.place.name;
      m.labelLeader.hidden = !l?.leader;
      if (!l) continue;
      styleText(m.label, l.style);
      placeAt(m.label, l, p.x - PIN, p.y - PIN);
      if (l.leader) line(m.labelLeader, l.leader[0] - p.x + PIN, l.leader[1] - p.y + PIN, l.leader[2] - p.x + PIN, l.leader[3] - p.y + PIN);
    }
    model.axes.forEach((a, i) => {
      const tag = axisTags[i];
      const l = labels.find((x) => x.id === `axis:${a.id}`);
      if (!tag) return;
      tag.hidden = !l;
      if (l) {
        styleText(tag, l.style);
        const p = at({ lon: a.labelAt[0], lat: a.labelAt[1] });
        placeAt(tag, l, p.x, p.y);
      }
    });

    const origin = map.containerPointToLayerPoint([0, 0]);
    reference.replaceChildren(
      ...labels
        .filter((l) => !l.place && l.kind !== 'axis')
        .flatMap((l) => {
          const text = el('span', { class: `map-ref map-ref-${l.kind}`, text: l.text });
          styleText(text, l.style);
          placeAt(text, l, -origin.x, -origin.y);
          if (!l.dot) return [text];
          const dot = el('span', { class: `map-ref-dot map-ref-dot-${l.kind}` });
          dot.style.left = `${Math.round(l.dot.x + origin.x)}px`;
          dot.style.top = `${Math.round(l.dot.y + origin.y)}px`;
          return [dot, text];
        }),
    );
    return labels;
  };
  map.on('zoomstart', () => reference.classList.add('is-hidden'));
  // A zoom ends with a moveend too: one layout per change of view.
  map.on('moveend resize', () => {
    reference.classList.remove('is-hidden');
    run();
  });
  run();
  return run;
}
