/**
 * Draws the interactive map from the view model the page hands over: the shipped basemap as
 * GeoJSON (no tiles unless configured), SVG markers per kind, areas, axes, the river, a legend
 * with toggles, cards, keyboard access and the linked selection.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { Basemap } from '../../lib/map/basemap.ts';
import type { TileConfig } from '../../lib/map/config.ts';
import { declutter } from '../../lib/map/declutter.ts';
import { box as rect, placeLabels, placeTag, tagBox } from '../../lib/map/labels.ts';
import type { MapModel, MapPlace } from '../../lib/map/model.ts';
import { SYMBOLS } from '../../lib/map/symbols.ts';
import { pageSelection, type Ref, type SelectionState } from '../selection.ts';
import { createCard, type Card } from './card.ts';
import { el, symbolSvg } from './dom.ts';
import { wireLegend } from './legend.ts';
import { drawLines } from './lines.ts';
import { escapeMarkup } from '../../lib/text/escape.ts';

interface Config {
  basemapUrl: string;
  tiles: TileConfig | null;
  countryLabels: { name: string; lonLat: [number, number] }[];
}

/** The element's test hook: page coordinates of a latitude/longitude on the live map. */
export interface MapHost extends HTMLElement {
  projectToPage?: (lat: number, lon: number) => { x: number; y: number };
}

export async function mountMap(host: MapHost): Promise<void> {
  const model = JSON.parse(host.dataset['model'] ?? '{}') as MapModel;
  const config = JSON.parse(host.dataset['config'] ?? '{}') as Config;
  const box = host.querySelector<HTMLElement>('.map-box');
  if (!box) throw new Error('no .map-box');
  const response = await fetch(config.basemapUrl);
  if (!response.ok) throw new Error(`basemap: HTTP ${response.status}`);
  const basemap = (await response.json()) as Basemap;

  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const live = el('div', { class: 'map-live' });
  box.append(live);
  const { frame, clip } = model;
  const map = L.map(live, {
    zoomSnap: 0.25,
    scrollWheelZoom: false,
    zoomAnimation: !reduced,
    fadeAnimation: !reduced,
    markerZoomAnimation: !reduced,
    inertia: !reduced,
    maxBounds: L.latLngBounds([clip.south, clip.west], [clip.north, clip.east]).pad(0.1),
    maxZoom: 12,
    zoomControl: false,
  });
  L.control.zoom({ zoomInTitle: 'Zoom the map in', zoomOutTitle: 'Zoom the map out' }).addTo(map);
  map.getContainer().setAttribute('aria-label', 'Interactive map; Tab moves through the places north to south, Enter opens a place');
  map.fitBounds(L.latLngBounds([frame.south, frame.west], [frame.north, frame.east]), { animate: false });
  map.setMinZoom(Math.max(3, map.getZoom() - 1.5));
  map.attributionControl.setPrefix(false).addAttribution('Made with Natural Earth · Leaflet');
  L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);

  map.createPane('basemap').style.zIndex = '200';
  map.createPane('areas').style.zIndex = '350';
  map.createPane('lines').style.zIndex = '450';
  if (config.tiles) {
    L.tileLayer(config.tiles.url, { maxZoom: config.tiles.maxZoom, attribution: escapeMarkup(config.tiles.attribution) }).addTo(map);
  }
  L.geoJSON(basemap, {
    pane: 'basemap',
    interactive: false,
    style: (f) => {
      const layer = (f?.properties as { layer?: string; name?: string } | undefined)?.layer;
      if (layer === 'country') return { stroke: false, fillColor: (f?.properties as { name?: string }).name === 'Syria' ? '#fbfaf6' : '#efece4', fillOpacity: config.tiles ? 0 : 1 };
      return layer === 'border' ? { color: '#8a8a8a', weight: 1, dashArray: '5 2 1 2' } : { color: '#8fb0cc', weight: 0.8 };
    },
  }).addTo(map);

  for (const c of config.countryLabels ?? []) {
    const tag = el('span', { class: 'map-country-tag', text: c.name });
    L.marker([c.lonLat[1], c.lonLat[0]], { icon: L.divIcon({ html: tag, className: 'map-country-tag-icon', iconSize: [0, 0] }), pane: 'areas', interactive: false, keyboard: false }).addTo(map);
  }

  const groups = new Map<string, L.LayerGroup>();
  const group = (key: string): L.LayerGroup => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = L.layerGroup().addTo(map)));
    return g;
  };

  for (const p of model.places) {
    if (p.radiusKm === null || p.precision === 'exact') continue;
    L.circle([p.lat, p.lon], { radius: p.radiusKm * 1000, pane: 'areas', interactive: false, className: `map-area map-area-${p.precision}` }).addTo(group('areas'));
  }
  const axisTags = drawLines(model, (key) => group(key));

  const markers = new Map<string, { marker: L.Marker; inner: HTMLElement; label: HTMLElement | null; place: MapPlace }>();
  const card = createCard(box, model, () => pageSelection().set({ selected: null }, 'map'));
  const open = (place: MapPlace, element: HTMLElement): void => {
    card.open(place, element);
    pageSelection().set({ selected: { kind: 'place', id: place.id } }, 'map');
  };
  /** Keyboard focus on a marker outside the visible map pans it into view. */
  const reveal = (place: MapPlace): void => {
    const p = map.latLngToContainerPoint([place.lat, place.lon]);
    const size = map.getSize();
    if (p.x < 24 || p.y < 24 || p.x > size.x - 24 || p.y > size.y - 24) map.panTo([place.lat, place.lon], { animate: false });
  };
  for (const place of model.places) {
    const symbol = SYMBOLS[place.kind];
    const inner = el('span', { class: 'map-pin' }, el('span', { class: 'map-leader-line' }), symbolSvg(symbol.path, symbol.fill, symbol.stroke, 16));
    const label = place.area ? null : el('span', { class: 'map-pin-label', text: place.name });
    if (label) {
      label.setAttribute('aria-hidden', 'true');
      inner.append(label);
    }
    const marker = L.marker([place.lat, place.lon], {
      icon: L.divIcon({ html: inner, className: `map-marker kind-${place.kind}`, iconSize: [24, 24], iconAnchor: [12, 12] }),
      keyboard: true,
      riseOnHover: true,
    });
    // Leaflet builds a new icon element each time a layer is shown again: decorate it on every add.
    marker.on('add', () => {
      const element = marker.getElement();
      if (element) {
        decorate(element, place, open);
        element.addEventListener('focus', () => reveal(place));
      }
    });
    marker.on('click', () => {
      const element = marker.getElement();
      if (element) open(place, element);
    });
    marker.addTo(group(`kind:${place.kind}`));
    markers.set(place.id, { marker, inner, label, place });
  }

  /** Sets crowded markers apart and puts each label on its freest side; again after every zoom. */
  const spread = (): void => {
    const shown = model.places
      .filter((p) => map.hasLayer(group(`kind:${p.kind}`)))
      .sort((a, b) => Number(a.area) - Number(b.area) || SYMBOLS[a.kind].order - SYMBOLS[b.kind].order);
    const at = (p: { lat: number; lon: number }) => map.latLngToContainerPoint([p.lat, p.lon]);
    const nudges = declutter(shown.map((p) => ({ id: p.id, x: at(p).x, y: at(p).y })), 24, 26);
    const spots = new Map(shown.map((p) => [p.id, { x: at(p).x + (nudges.get(p.id)?.dx ?? 0), y: at(p).y + (nudges.get(p.id)?.dy ?? 0) }]));
    const obstacles = [...spots.values()].map((s) => rect(s.x - 7, s.y - 7, 14, 14));
    const symbols = [...obstacles];
    model.axes.forEach((a, i) => {
      const p = at({ lon: a.labelAt[0], lat: a.labelAt[1] });
      const spot = placeTag(p.x, p.y, a.shortName, symbols);
      const tag = axisTags[i];
      if (tag) tag.style.transform = `translate(${spot.x - p.x}px, ${spot.y - p.y}px) translate(-50%, -100%)`;
      if (map.hasLayer(group('axes'))) obstacles.push(tagBox(spot.x, spot.y, a.shortName));
    });
    const size = map.getSize();
    const sides = placeLabels(
      shown.flatMap((p) => (p.area ? [] : [{ id: p.id, text: p.name, ...(spots.get(p.id) ?? { x: 0, y: 0 }) }])),
      obstacles,
      size.x,
      size.y,
    );
    for (const { place, inner, label } of markers.values()) {
      const n = nudges.get(place.id) ?? { dx: 0, dy: 0, moved: false };
      inner.style.transform = n.moved ? `translate(${n.dx}px, ${n.dy}px)` : '';
      const leader = inner.firstElementChild as HTMLElement;
      leader.style.width = n.moved ? `${Math.hypot(n.dx, n.dy)}px` : '0';
      leader.style.transform = `rotate(${Math.atan2(-n.dy, -n.dx)}rad)`;
      if (label) label.className = `map-pin-label side-${sides.get(place.id) ?? 'right'}`;
    }
  };
  map.on('zoomend viewreset', spread);
  spread();

  wireLegend(host, (key, on) => {
    const g = groups.get(key);
    if (g && on) g.addTo(map);
    else g?.remove();
    // Leaflet appends re-shown markers last: restore the north-to-south Tab order and the highlights.
    for (const { marker } of markers.values()) {
      const element = marker.getElement();
      if (element) element.parentElement?.append(element);
    }
    spread();
    refresh();
  });

  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && card.openId) card.close();
  });
  const refresh = subscribe(model, markers, map, reduced, card);
  host.projectToPage = (lat, lon) => {
    const p = map.latLngToContainerPoint([lat, lon]);
    const r = live.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  };
  // Tests and scripts can tell when the map is still (scrollytelling moves it as the reader scrolls).
  map.on('movestart', () => (host.dataset['moving'] = 'true'));
  map.on('moveend', () => (host.dataset['moving'] = 'false'));
  host.dataset['moving'] = 'false';
  host.classList.add('is-interactive');
  map.invalidateSize();
}

/** Names the marker for assistive technology, and wires keyboard, hover and focus. */
function decorate(element: HTMLElement, place: MapPlace, open: (place: MapPlace, element: HTMLElement) => void): void {
  element.dataset['place'] = place.id;
  element.setAttribute('aria-label', place.accessibleName);
  element.setAttribute('aria-haspopup', 'dialog');
  element.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    e.stopPropagation();
    open(place, element);
  });
  const hover = (on: boolean) => () => pageSelection().set({ hovered: on ? { kind: 'place', id: place.id } : null }, 'map');
  element.addEventListener('mouseenter', hover(true));
  element.addEventListener('focus', hover(true));
  element.addEventListener('mouseleave', hover(false));
  element.addEventListener('blur', hover(false));
}

/** Highlights the places of the selected or hovered item; dims places with no event in the range. */
function subscribe(model: MapModel, markers: Map<string, { marker: L.Marker; place: MapPlace }>, map: L.Map, reduced: boolean, card: Card): () => void {
  // The reader's own pans and zooms win over scrollytelling for a while.
  let userMovedAt = -Infinity;
  let programmatic = false;
  map.on('dragstart zoomstart', () => {
    if (!programmatic) userMovedAt = performance.now();
  });
  const move = (fn: () => void): void => {
    programmatic = true;
    fn();
    programmatic = false;
  };
  const placesOf = (ref: Ref | null): string[] => {
    if (!ref) return [];
    if (ref.kind === 'place') return [ref.id];
    if (ref.kind === 'event') return model.eventPlaces[ref.id] ?? [];
    if (ref.kind === 'axis') {
      const axis = model.axes.find((a) => a.id === ref.id);
      return axis ? [...axis.arrows, ...axis.unDrawn].flatMap((a) => [a.from, a.to]) : [];
    }
    return [];
  };
  const apply = (state: Readonly<SelectionState>, origin: string | null): void => {
    const lit = new Set([...placesOf(state.selected), ...placesOf(state.hovered)]);
    const range = state.range;
    for (const { marker, place } of markers.values()) {
      const element = marker.getElement();
      element?.classList.toggle('is-highlighted', lit.has(place.id));
      const inRange = !range || place.spans.some(([start, end]) => start <= range.end && end >= range.start);
      element?.classList.toggle('is-dimmed', !inRange);
    }
    const chosen = placesOf(state.selected).flatMap((id) => markers.get(id)?.place ?? []);
    if (origin !== 'map' && chosen.length > 0) {
      const bounds = L.latLngBounds(chosen.map((p) => [p.lat, p.lon] as [number, number]));
      if (!map.getBounds().contains(bounds)) move(() => map.panTo(bounds.getCenter(), { animate: !reduced }));
      // A place chosen in the text or by a link: open its card too, leaving the reader's focus where it is.
      const only = chosen.length === 1 ? chosen[0] : undefined;
      if (only && state.selected?.kind === 'place' && card.openId !== only.id) card.open(only, null, false);
    }
    if (origin !== 'map' && state.selected === null && card.openId) card.close();
  };
  /** Scrollytelling: the map fits to the places of the paragraph being read. */
  const follow = (state: Readonly<SelectionState>): void => {
    if (!state.focus || performance.now() - userMovedAt < 10_000) return;
    const ids = new Set(state.focus.refs.flatMap((ref) => placesOf(ref)));
    const places = [...ids].flatMap((id) => markers.get(id)?.place ?? []);
    for (const { marker, place } of markers.values()) marker.getElement()?.classList.toggle('is-in-focus', ids.has(place.id));
    if (places.length === 0) return;
    const bounds = L.latLngBounds(places.map((p) => [p.lat, p.lon] as [number, number]));
    move(() => map.fitBounds(bounds, { padding: [40, 40], maxZoom: 8, animate: !reduced }));
  };
  const store = pageSelection();
  store.subscribe((state, change) => {
    if (change.keys.includes('focus')) follow(state);
    if (change.keys.some((k) => k !== 'focus')) apply(state, change.origin);
  });
  if (store.get().focus) follow(store.get());
  apply(store.get(), null);
  return () => apply(store.get(), 'map');
}

