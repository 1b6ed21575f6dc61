/** The card of a place: a small dialog beside the map, built from text nodes only. */
import type { MapModel, MapPlace } from '../../lib/map/model.ts';
import { el } from './dom.ts';
import { copyLinkButton } from '../copy-link.ts';
import { routes } from '../../lib/routes.ts';

export interface Card {
  /** Shows the card; `moveFocus: false` when the choice came from another view (focus stays there). */
  open(place: MapPlace, returnFocus: HTMLElement | null, moveFocus?: boolean): void;
  close(): void;
  readonly openId: string | null;
}

export function createCard(box: HTMLElement, model: MapModel, onClose: () => void): Card {
  const card = el('div', { class: 'map-card' });
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', 'map-card-title');
  card.hidden = true;
  box.append(card);
  let returnTo: HTMLElement | null = null;
  let openId: string | null = null;

  const close = (): void => {
    if (card.hidden) return;
    card.hidden = true;
    openId = null;
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
      return openId;
    },
    close,
    open(place, returnFocus, moveFocus = true) {
      returnTo = returnFocus;
      openId = place.id;
      const button = el('button', { class: 'map-card-close', text: '×' });
      button.type = 'button';
      button.setAttribute('aria-label', `Close the card of ${place.name}`);
      button.addEventListener('click', close);
      // The title links to the place's own page, across reports (docs/registry.md).
      const page = el('a', { text: place.name });
      page.href = routes.place(place.id);
      const title = el('h3', {}, page);
      title.id = 'map-card-title';
      title.tabIndex = -1;
      const precision = place.precision === 'exact' ? 'exact location' : `${place.precision === 'near' ? 'within' : 'area of about'} ${place.radiusKm ?? '?'} km`;
      const parts: Node[] = [button, title, el('p', { class: 'map-card-kind', text: `${place.kindLabel} · ${precision}${place.admin1 ? ` · ${place.admin1}` : ''}` })];
      if (place.description) parts.push(el('p', { text: place.description }));
      if (place.events.length > 0) {
        parts.push(el('h4', { text: 'What happened here' }));
        parts.push(
          el(
            'ul',
            {},
            ...place.events.map((e) => {
              const count = e.count === null ? '' : e.places > 1 ? ` · ${e.count} in all, over ${e.places} places (no count per place)` : ` · ${e.count}`;
              return el('li', { text: `${e.title} (${e.when}; ${e.confidence}${count})` });
            }),
          ),
        );
        const more = place.eventCount - place.events.length;
        if (more > 0) parts.push(el('p', { class: 'map-card-more', text: `and ${more.toLocaleString('en-US')} more: see the timeline's events table` }));
      }
      const axes = model.axes.filter((a) => a.arrows.some((r) => r.from === place.id || r.to === place.id) || a.unDrawn.some((u) => u.from === place.id || u.to === place.id));
      if (axes.length > 0) parts.push(el('h4', { text: 'Axes' }), el('ul', {}, ...axes.map((a) => el('li', { text: a.name }))));
      if (place.sources.length > 0) {
        parts.push(el('h4', { text: 'Sources' }));
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
      if (moveFocus) title.focus();
    },
  };
}
