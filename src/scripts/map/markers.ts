/**
 * One Leaflet marker per place, reachable with Tab in north-to-south order: a point place is its symbol
 * (with its label beside it); an area is its name, written inside the area. Each is a button named
 * "<name>, <kind>" that opens the place's card with Enter, Space or a click.
 */
import L from 'leaflet';
import type { MapModel, MapPlace } from '../../lib/map/model.ts';
import { SYMBOLS } from '../../lib/map/symbols.ts';
import { pageSelection } from '../selection.ts';
import { el, symbolSvg } from './dom.ts';

export interface PlaceMarker {
  place: MapPlace;
  marker: L.Marker;
  /** The symbol (null for an area), moved off its point when crowded. */
  pin: HTMLElement | null;
  /** The line from the point to a symbol set apart. */
  leader: HTMLElement | null;
  /** The place's name on the map. */
  label: HTMLElement;
  /** The line from the point to a label set apart. */
  labelLeader: HTMLElement;
}

/** Half the 24 px target every marker has (WCAG 2.2 target size). */
export const PIN = 12;

export function createMarkers(model: MapModel, groupFor: (place: MapPlace) => L.LayerGroup, open: (place: MapPlace, element: HTMLElement) => void, reveal: (place: MapPlace) => void): Map<string, PlaceMarker> {
  const markers = new Map<string, PlaceMarker>();
  for (const place of model.places) {
    const symbol = SYMBOLS[place.kind];
    const leader = place.area ? null : el('span', { class: 'map-leader-line' });
    const pin = place.area ? null : el('span', { class: 'map-pin' }, symbolSvg(symbol.path, symbol.fill, symbol.stroke, 16));
    const label = el('span', { class: place.area ? 'map-area-name' : 'map-pin-label', text: place.name });
    label.setAttribute('aria-hidden', 'true');
    const labelLeader = el('span', { class: 'map-label-leader-line' });
    const root = el('span', { class: 'map-marker-body' }, ...[leader, pin, labelLeader, label].filter((n): n is HTMLElement => n !== null));
    const marker = L.marker([place.lat, place.lon], {
      icon: L.divIcon({ html: root, className: `map-marker kind-${place.kind}${place.area ? ' is-area' : ''}`, iconSize: [2 * PIN, 2 * PIN], iconAnchor: [PIN, PIN] }),
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
    marker.addTo(groupFor(place));
    markers.set(place.id, { place, marker, pin, leader, label, labelLeader });
  }
  return markers;
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
