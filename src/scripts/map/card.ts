/**
 * The card of a place: a small dialog on the map, built from text nodes only. It opens beside its
 * place, never over it: on the side of the marker with the most room and the fewest other markers, so
 * the place stays in view and the markers around stay reachable. It moves with the map (after every
 * pan or zoom) and stays inside the map's box.
 */
import type { MapModel, MapPlace } from '../../lib/map/model.ts';
import { message as m } from '../messages.ts';
import { el } from './dom.ts';
import { copyLinkButton } from '../copy-link.ts';
import { routes } from '../../lib/routes.ts';

export interface Card {
  /** Shows the card; `moveFocus: false` when the choice came from another view (focus stays there). */
  open(place: MapPlace, returnFocus: HTMLElement | null, moveFocus?: boolean): void;
  close(): void;
  /** Puts the open card beside its place again (the map calls it after a move; it also watches on its own). */
  reposition(): void;
  readonly openId: string | null;
}

/** Optional help from the map: where a place is, in pixels from the box's top-left corner. */
export interface CardView {
  locate(place: MapPlace): { x: number; y: number } | null;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Space kept between the card and the marker's centre, and between the card and the box's edge (px). */
const CLEARANCE = 22;
const EDGE = 6;

/**
 * Where the card goes: of the four sides of the marker (right, left, below, above), the one where the
 * card covers the fewest other markers, then the one with the most room. Never over the marker.
 */
export function placeCard(box: { w: number; h: number }, at: { x: number; y: number }, card: { w: number; h: number }, others: { x: number; y: number }[]): Box {
  const width = (room: number) => Math.max(0, Math.min(card.w, room));
  const height = (room: number) => Math.max(0, Math.min(card.h, room));
  const clampY = (h: number) => Math.min(Math.max(EDGE, at.y - h / 2), box.h - EDGE - h);
  const clampX = (w: number) => Math.min(Math.max(EDGE, at.x - w / 2), box.w - EDGE - w);
  const right = box.w - EDGE - (at.x + CLEARANCE);
  const left = at.x - CLEARANCE - EDGE;
  const below = box.h - EDGE - (at.y + CLEARANCE);
  const above = at.y - CLEARANCE - EDGE;
  const fullH = height(box.h - 2 * EDGE);
  const fullW = width(box.w - 2 * EDGE);
  const candidates: Box[] = [
    { x: at.x + CLEARANCE, y: clampY(fullH), w: width(right), h: fullH },
    { x: at.x - CLEARANCE - width(left), y: clampY(fullH), w: width(left), h: fullH },
    { x: clampX(fullW), y: at.y + CLEARANCE, w: fullW, h: height(below) },
    { x: clampX(fullW), y: at.y - CLEARANCE - height(above), w: fullW, h: height(above) },
  ];
  const covers = (b: Box) => others.filter((o) => o.x >= b.x && o.x <= b.x + b.w && o.y >= b.y && o.y <= b.y + b.h).length;
  // A side too small to read the card in (under 10rem by 5rem) only wins when no side is big enough.
  const usable = (b: Box) => b.w >= Math.min(160, card.w) && b.h >= Math.min(80, card.h);
  const scored = candidates.map((b) => ({ b, usable: usable(b), covers: covers(b), area: b.w * b.h }));
  scored.sort((a, b) => Number(b.usable) - Number(a.usable) || a.covers - b.covers || b.area - a.area);
  return scored[0]!.b;
}

export function createCard(box: HTMLElement, model: MapModel, onClose: () => void, view?: CardView): Card {
  const card = el('div', { class: 'map-card' });
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', 'map-card-title');
  card.hidden = true;
  box.append(card);
  let returnTo: HTMLElement | null = null;
  let current: MapPlace | null = null;

  /** Where the place's marker is, from the map if it says, else from the marker drawn in the box. */
  const locate = (place: MapPlace): { x: number; y: number } | null => {
    const told = view?.locate(place);
    if (told) return told;
    // The symbol as drawn (a crowded marker is drawn a little aside from its point, on a leader line).
    const marker = box.querySelector<HTMLElement>(`.leaflet-marker-icon[data-place="${CSS.escape(place.id)}"]`);
    // An area has no pin: its name, where the reader sees it.
    const symbol = marker?.querySelector('.map-pin svg') ?? marker?.querySelector('.map-area-name') ?? marker;
    if (!symbol) return null;
    const r = symbol.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    return { x: r.left + r.width / 2 - b.left, y: r.top + r.height / 2 - b.top };
  };
  const othersThan = (id: string): { x: number; y: number }[] => {
    const b = box.getBoundingClientRect();
    return [...box.querySelectorAll<HTMLElement>('.leaflet-marker-icon[data-place]')]
      .filter((mk) => mk.dataset['place'] !== id)
      .map((mk) => {
        const r = (mk.querySelector('.map-pin svg') ?? mk.querySelector('.map-area-name') ?? mk).getBoundingClientRect();
        return { x: r.left + r.width / 2 - b.left, y: r.top + r.height / 2 - b.top };
      });
  };

  const reposition = (): void => {
    if (card.hidden || !current) return;
    const at = locate(current);
    const size = { w: box.clientWidth, h: box.clientHeight };
    // The card's natural size: as wide as it likes (up to 20rem), as tall as its content.
    card.style.inset = 'auto';
    card.style.width = '';
    card.style.maxHeight = '';
    card.classList.remove('is-placed');
    const natural = { w: Math.min(card.offsetWidth, 320), h: card.scrollHeight + 2 };
    if (!at || at.x < 0 || at.y < 0 || at.x > size.w || at.y > size.h) {
      // The place is outside the view (or its layer is hidden): the card waits in the top corner.
      card.style.inset = `${EDGE}px ${EDGE}px auto auto`;
      card.style.width = `${Math.min(natural.w, size.w - 2 * EDGE)}px`;
      card.style.maxHeight = `${size.h - 2 * EDGE}px`;
      return;
    }
    const spot = placeCard(size, at, natural, othersThan(current.id));
    card.style.inset = `${spot.y}px auto auto ${spot.x}px`;
    card.style.width = `${spot.w}px`;
    card.style.maxHeight = `${spot.h}px`;
    card.classList.add('is-placed');
    card.dataset['side'] = spot.x > at.x ? 'right' : spot.x + spot.w < at.x ? 'left' : spot.y > at.y ? 'below' : 'above';
  };

  // Follow the map: after each move (the map says when it is moving) and when the box changes size.
  const host = box.closest<HTMLElement>('sitrep-map');
  if (host) new MutationObserver(() => host.dataset['moving'] === 'false' && reposition()).observe(host, { attributes: true, attributeFilter: ['data-moving'] });
  new ResizeObserver(() => reposition()).observe(box);

  const close = (): void => {
    if (card.hidden) return;
    card.hidden = true;
    current = null;
    returnTo?.focus();
    onClose();
  };
  card.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  });

  return {
    get openId() {
      return current?.id ?? null;
    },
    close,
    reposition,
    open(place, returnFocus, moveFocus = true) {
      returnTo = returnFocus;
      current = place;
      const button = el('button', { class: 'map-card-close', text: '×' });
      button.type = 'button';
      button.setAttribute('aria-label', m('report.card.close', { name: place.name }));
      button.addEventListener('click', close);
      // The title links to the place's own page, across reports (docs/registry.md).
      const page = el('a', { text: place.name });
      page.href = routes.place(place.id);
      const title = el('h3', {}, page);
      title.id = 'map-card-title';
      title.tabIndex = -1;
      const km = String(place.radiusKm ?? '?');
      const precision = place.precision === 'exact' ? m('report.card.exact') : m(place.precision === 'near' ? 'report.card.within' : 'report.card.area', { km });
      const parts: Node[] = [button, title, el('p', { class: 'map-card-kind', text: `${place.kindLabel} · ${precision}${place.admin1 ? ` · ${place.admin1}` : ''}` })];
      if (place.description) parts.push(el('p', { text: place.description }));
      if (place.events.length > 0) {
        parts.push(el('h4', { text: m('report.card.happened') }));
        parts.push(
          el(
            'ul',
            {},
            ...place.events.map((e) => {
              const count = e.count === null ? '' : e.places > 1 ? ` · ${m('report.card.countAll', { count: e.count, places: e.places })}` : ` · ${e.count}`;
              return el('li', { text: `${e.title} (${e.when}; ${e.confidence}${count})` });
            }),
          ),
        );
        const more = place.eventCount - place.events.length;
        if (more > 0) parts.push(el('p', { class: 'map-card-more', text: m('report.card.more', { n: more }) }));
      }
      const axes = model.axes.filter((a) => a.arrows.some((r) => r.from === place.id || r.to === place.id) || a.unDrawn.some((u) => u.from === place.id || u.to === place.id));
      if (axes.length > 0) parts.push(el('h4', { text: m('report.card.axes') }), el('ul', {}, ...axes.map((a) => el('li', { text: a.name }))));
      if (place.sources.length > 0) {
        parts.push(el('h4', { text: m('report.card.sources') }));
        parts.push(
          el(
            'ul',
            {},
            ...place.sources.map((s) => {
              if (!s.url || !/^https?:\/\//.test(s.url)) return el('li', { text: s.title });
              const a = el('a', { text: s.title });
              a.href = s.url;
              a.rel = 'noopener noreferrer';
              return el('li', {}, a);
            }),
          ),
        );
      }
      parts.push(copyLinkButton({ kind: 'place', id: place.id }));
      card.replaceChildren(...parts);
      card.hidden = false;
      card.dataset['place'] = place.id;
      reposition();
      if (moveFocus) title.focus({ preventScroll: true });
    },
  };
}
