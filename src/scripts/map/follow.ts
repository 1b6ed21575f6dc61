/**
 * The map's side of the linked views. It lights up the places of what is chosen or pointed at elsewhere (a
 * place, an event's places, an axis's ends), dims places with no event in a brushed date range, pans to a
 * chosen place and opens its card, and follows the paragraph being read (the selection's `focus`: its places,
 * and a zoom if the focus names one). Following pauses for a while after the reader's own pan or zoom, and only
 * then: the map's own moves never count (see view.ts).
 */
import L from 'leaflet';
import type { MapModel } from '../../lib/map/model.ts';
import { pageSelection, type Ref, type SelectionState } from '../selection.ts';
import type { Areas } from './areas.ts';
import type { Card } from './card.ts';
import type { PlaceMarker } from './markers.ts';
import type { MapView } from './view.ts';

/** How long the reader's own pan or zoom keeps the map from following the text. */
export const FOLLOW_PAUSE_MS = 10_000;

export function placesOf(model: MapModel, ref: Ref | null): string[] {
  if (!ref) return [];
  if (ref.kind === 'place') return [ref.id];
  if (ref.kind === 'event') return model.eventPlaces[ref.id] ?? [];
  if (ref.kind === 'axis') {
    const axis = model.axes.find((a) => a.id === ref.id);
    return axis ? [...axis.arrows, ...axis.unDrawn].flatMap((a) => [a.from, a.to]) : [];
  }
  return [];
}

/** Subscribes the map to the page's selection; returns a function that re-applies the state (after a layer switch). */
export function follow(model: MapModel, view: MapView, markers: ReadonlyMap<string, PlaceMarker>, card: Card, areas: Areas): () => void {
  const { map, reduced } = view;
  const store = pageSelection();
  let inFocus = new Set<string>();

  const apply = (state: Readonly<SelectionState>, origin: string | null): void => {
    const lit = new Set([...placesOf(model, state.selected), ...placesOf(model, state.hovered)]);
    const range = state.range;
    for (const { marker, place } of markers.values()) {
      const element = marker.getElement();
      element?.classList.toggle('is-highlighted', lit.has(place.id));
      element?.classList.toggle('is-in-focus', inFocus.has(place.id));
      const inRange = !range || place.spans.some(([start, end]) => start <= range.end && end >= range.start);
      element?.classList.toggle('is-dimmed', !inRange);
    }
    areas.emphasise(lit);
    const chosen = placesOf(model, state.selected).flatMap((id) => markers.get(id)?.place ?? []);
    if (origin !== 'map' && chosen.length > 0) {
      const bounds = L.latLngBounds(chosen.map((p) => [p.lat, p.lon] as [number, number]));
      if (!map.getBounds().pad(-0.05).contains(bounds)) map.panTo(bounds.getCenter(), { animate: !reduced });
      // A place chosen in the text or by a link: open its card too, leaving the reader's focus where it is.
      const only = chosen.length === 1 ? chosen[0] : undefined;
      if (only && state.selected?.kind === 'place' && card.openId !== only.id) card.open(only, null, false);
    }
    if (origin !== 'map' && state.selected === null && card.openId) card.close();
  };

  /** Scrollytelling: frame the places of the paragraph being read. */
  const frameFocus = (state: Readonly<SelectionState>): void => {
    const focus = state.focus;
    inFocus = new Set(focus ? focus.refs.flatMap((ref) => placesOf(model, ref)) : []);
    apply(state, 'map');
    if (!focus || performance.now() - view.userMovedAt() < FOLLOW_PAUSE_MS) return;
    const places = [...inFocus].flatMap((id) => markers.get(id)?.place ?? []);
    if (places.length === 0) return;
    // An area counts with its extent, a point as a point.
    const bounds = L.latLngBounds(places.flatMap((p) => { const at = L.latLng(p.lat, p.lon); return p.area && p.radiusKm ? [at.toBounds(p.radiusKm * 2000).getSouthWest(), at.toBounds(p.radiusKm * 2000).getNorthEast()] : [at]; }));
    const zoom = focus.zoom;
    // No more than one level closer than the first view (the whole report) unless the focus says; further out only
    // as far as the places need (a phone's small stage). The margin keeps labels in, scaled to the map's size.
    const size = map.getSize();
    const margin = L.point(Math.min(96, size.x * 0.12), Math.min(96, size.y * 0.12));
    const fitted = Math.min(map.getBoundsZoom(bounds, false, margin), view.firstZoom + 1);
    map.setView(bounds.getCenter(), Math.min(zoom ?? fitted, map.getMaxZoom()), { animate: !reduced });
  };

  store.subscribe((state, change) => {
    if (change.keys.includes('focus')) frameFocus(state);
    if (change.keys.some((k) => k !== 'focus')) apply(state, change.origin);
  });
  if (store.get().focus) frameFocus(store.get());
  apply(store.get(), null);
  return () => apply(store.get(), 'map');
}
