/**
 * Draws the interactive map over the static one: fetches the report's basemap (TopoJSON), then puts together
 * the view (view.ts), the basemap (basemap.ts), areas, lines, markers and their layout, the legend's layer
 * switches, the card, and the linked selection (follow.ts). Each part is a file of its own.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { BasemapTopology } from '../../lib/map/basemap/layers.ts';
import { readBasemap } from '../../lib/map/basemap/read.ts';
import type { TileConfig } from '../../lib/map/config.ts';
import type { MapModel, MapPlace } from '../../lib/map/model.ts';
import { pageSelection } from '../selection.ts';
import { drawAreas } from './areas.ts';
import { drawBasemap } from './basemap.ts';
import { createCard } from './card.ts';
import { el } from './dom.ts';
import { follow } from './follow.ts';
import { createLayout } from './layout.ts';
import { wireLegend } from './legend.ts';
import { drawLines } from './lines.ts';
import { createMarkers } from './markers.ts';
import { createView } from './view.ts';

interface Config {
  basemapUrl: string;
  tiles: TileConfig | null;
}

/** The element, with hooks for tests and for the page's other scripts. */
export interface MapHost extends HTMLElement {
  /** Page coordinates of a latitude/longitude on the live map. */
  projectToPage?: (lat: number, lon: number) => { x: number; y: number };
  /** The labels the live map shows now (ids and texts), to compare with the static map. */
  liveLabels?: () => { id: string; text: string; kind: string }[];
}

export async function mountMap(host: MapHost): Promise<void> {
  const model = JSON.parse(host.dataset['model'] ?? '{}') as MapModel;
  const config = JSON.parse(host.dataset['config'] ?? '{}') as Config;
  const box = host.querySelector<HTMLElement>('.map-box');
  if (!box) throw new Error('no .map-box');
  const response = await fetch(config.basemapUrl);
  if (!response.ok) throw new Error(`basemap: HTTP ${response.status}`);
  const layers = readBasemap((await response.json()) as BasemapTopology);

  const live = el('div', { class: 'map-live' });
  box.append(live);
  const view = createView(live, model, () => host.dispatchEvent(new CustomEvent('sitrep-map-usermove', { bubbles: true })));
  const { map } = view;

  const groups = new Map<string, L.LayerGroup>();
  const group = (key: string): L.LayerGroup => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = L.layerGroup().addTo(map)));
    return g;
  };
  groups.set('reference', drawBasemap(map, layers, model, config.tiles));
  const areas = drawAreas(map, model, group('areas'), view.firstZoom);
  const axisTags = drawLines(model, group);

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
  const markers = createMarkers(model, (place) => group(`kind:${place.kind}`), open, reveal);
  const layout = createLayout(map, model, layers, markers, axisTags, { shown: (key) => !groups.has(key) || map.hasLayer(groups.get(key) as L.LayerGroup) });
  const refresh = follow(model, view, markers, card, areas);

  wireLegend(host, (key, on) => {
    const g = groups.get(key);
    if (g && on) g.addTo(map);
    else g?.remove();
    // Leaflet appends re-shown markers last: restore the north-to-south Tab order and the highlights.
    for (const { marker } of markers.values()) {
      const element = marker.getElement();
      if (element) element.parentElement?.append(element);
    }
    layout();
    refresh();
  });
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && card.openId) card.close();
  });

  host.projectToPage = (lat, lon) => {
    const p = map.latLngToContainerPoint([lat, lon]);
    const r = live.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  };
  host.liveLabels = () => layout().map((l) => ({ id: l.id, text: l.text, kind: l.kind }));
  // Tests and the page can tell when the map is still (scrollytelling moves it as the reader scrolls).
  map.on('movestart', () => (host.dataset['moving'] = 'true'));
  map.on('moveend', () => {
    host.dataset['moving'] = 'false';
    host.dataset['zoom'] = String(map.getZoom());
  });
  host.dataset['moving'] = 'false';
  host.dataset['zoom'] = String(map.getZoom());
  host.classList.add('is-interactive');
  map.invalidateSize();
}
