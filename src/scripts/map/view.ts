/**
 * The Leaflet map itself: options (reduced motion, bounds), controls, panes, and a record of the reader's own
 * pans and zooms. Only input events count as the reader's (a drag, the wheel, a pinch, a double click, the zoom
 * buttons, the keyboard on the map): moves the page makes (fitting to a paragraph, panning to a chosen place)
 * never do, however long their animation runs.
 */
import L from 'leaflet';
import type { MapModel } from '../../lib/map/model.ts';
import { t } from '../../lib/i18n/catalogue.ts';

export interface MapView {
  map: L.Map;
  reduced: boolean;
  /** The zoom the map opened at (its first zoom). */
  firstZoom: number;
  /** When the reader last panned or zoomed the map themselves (performance.now()), or -Infinity. */
  userMovedAt(): number;
}

/** Keys Leaflet's keyboard handler moves or zooms the map with. */
const MOVE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', '+', '-', '=', '_']);

export function createView(live: HTMLElement, model: MapModel, onUserMove: () => void): MapView {
  const { locale, frame, clip } = model;
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map = L.map(live, {
    zoomSnap: 0.25,
    scrollWheelZoom: false,
    zoomAnimation: !reduced,
    fadeAnimation: !reduced,
    markerZoomAnimation: !reduced,
    inertia: !reduced,
    maxBounds: L.latLngBounds([clip.south, clip.west], [clip.north, clip.east]).pad(0.05),
    maxZoom: 12,
    zoomControl: false,
  });
  L.control.zoom({ zoomInTitle: t(locale, 'map.live.zoomIn'), zoomOutTitle: t(locale, 'map.live.zoomOut') }).addTo(map);
  map.getContainer().setAttribute('aria-label', t(locale, 'map.live.label'));
  map.fitBounds(L.latLngBounds([frame.south, frame.west], [frame.north, frame.east]), { animate: false });
  const firstZoom = map.getZoom();
  map.setMinZoom(Math.max(2, firstZoom - 1));
  map.attributionControl.setPrefix(false).addAttribution(t(locale, 'map.live.credit'));
  L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
  for (const [name, z] of [['basemap', 200], ['reference', 300], ['areas', 350], ['lines', 450], ['labels', 550]] as const) map.createPane(name).style.zIndex = String(z);
  map.getPane('labels')?.classList.add('map-labels-pane');

  let movedAt = -Infinity;
  const user = (): void => {
    movedAt = performance.now();
    onUserMove();
  };
  const container = map.getContainer();
  map.on('dragstart boxzoomstart', user);
  container.addEventListener('wheel', () => map.options.scrollWheelZoom && user(), { passive: true });
  container.addEventListener('dblclick', user);
  container.addEventListener('touchstart', (e) => e.touches.length > 1 && user(), { passive: true });
  container.addEventListener('keydown', (e) => e.target === container && MOVE_KEYS.has(e.key) && user());
  container.querySelector('.leaflet-control-zoom')?.addEventListener('click', user);
  return { map, reduced, firstZoom, userMovedAt: () => movedAt };
}
