/**
 * `<mention-cards>`: hovering or focusing a mention in the article shows a small card
 * (name, kind, affiliation, events, sources) read from the mention's reference entry,
 * built from DOM nodes with textContent only. Escape dismisses it. On narrow screens the
 * card docks at the bottom of the viewport so it never covers the line being read.
 * Hovered and clicked mentions are published to the page selection; mentions of the
 * item another view points at are highlighted.
 */
import { message } from './messages.ts';
import { pageSelection, type Ref, type RefKind } from './selection.ts';

const MENTION = 'a[data-ref-kind][data-ref-id].mention';
const NARROW = '(max-width: 40rem)';
const LINKABLE: readonly string[] = ['place', 'actor', 'event', 'source'];

function field(entry: Element, name: string): string {
  return entry.querySelector(`[data-field="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function listItems(entry: Element, name: string, max: number): string[] {
  const items = [...entry.querySelectorAll(`[data-field="${name}"] > li`)].map((li) => li.textContent?.trim() ?? '');
  return items.length > max ? [...items.slice(0, max), message('cards.more', { count: items.length - max })] : items;
}

/** One line of a card; `content` lines hold the report's own words, isolated so that their direction is their own. */
function line(className: string, text: string, content = false): HTMLElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  if (content) p.dir = 'auto';
  return p;
}

function section(label: string, items: string[]): HTMLElement | null {
  if (items.length === 0) return null;
  const wrap = document.createElement('div');
  wrap.className = 'card-list';
  wrap.append(line('card-label', label));
  const ul = document.createElement('ul');
  for (const item of items) {
    const li = document.createElement('li');
    li.textContent = item;
    li.dir = 'auto';
    ul.append(li);
  }
  wrap.append(ul);
  return wrap;
}

function refOf(mention: HTMLElement): Ref | null {
  const kind = mention.dataset['refKind'] ?? '';
  const id = mention.dataset['refId'] ?? '';
  return LINKABLE.includes(kind) && id ? { kind: kind as RefKind, id } : null;
}

class MentionCards extends HTMLElement {
  #card = document.createElement('div');
  #current: HTMLElement | null = null;
  #hideTimer = 0;
  #abort = new AbortController();

  connectedCallback(): void {
    this.#card.id = 'mention-card';
    this.#card.className = 'mention-card';
    this.#card.setAttribute('role', 'tooltip');
    this.#card.hidden = true;
    this.append(this.#card);
    const signal = this.#abort.signal;
    const opts = { signal };
    document.addEventListener('mouseover', (e) => this.#enter(e, false), opts);
    document.addEventListener('focusin', (e) => this.#enter(e, true), opts);
    document.addEventListener('mouseout', (e) => this.#leave(e), opts);
    document.addEventListener('focusout', (e) => this.#leave(e), opts);
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !this.#card.hidden) {
        this.hide();
        e.preventDefault();
      }
    }, opts);
    document.addEventListener('click', (e) => this.#click(e), opts);
    this.#card.addEventListener('mouseenter', () => window.clearTimeout(this.#hideTimer), opts);
    this.#card.addEventListener('mouseleave', () => this.#scheduleHide(), opts);
    const unsubscribe = pageSelection().subscribe((state, change) => {
      if (change.origin !== 'article') this.#highlight(state.hovered ?? state.selected);
    });
    signal.addEventListener('abort', unsubscribe);
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
  }

  #enter(event: Event, focus: boolean): void {
    const mention = (event.target as Element | null)?.closest?.<HTMLElement>(MENTION);
    if (!mention) return;
    window.clearTimeout(this.#hideTimer);
    if (mention !== this.#current || this.#card.hidden) this.show(mention);
    const ref = refOf(mention);
    if (ref) pageSelection().set({ hovered: ref }, 'article');
    if (focus) mention.setAttribute('aria-describedby', this.#card.id);
  }

  #leave(event: Event): void {
    const mention = (event.target as Element | null)?.closest?.<HTMLElement>(MENTION);
    if (!mention) return;
    const next = (event as MouseEvent | FocusEvent).relatedTarget as Node | null;
    if (next && (mention.contains(next) || this.#card.contains(next))) return;
    this.#scheduleHide();
  }

  #click(event: Event): void {
    const mention = (event.target as Element | null)?.closest?.<HTMLElement>(MENTION);
    if (!mention) return;
    const ref = refOf(mention);
    const start = mention.dataset['dateStart'];
    const end = mention.dataset['dateEnd'];
    // With JavaScript a mention shows its item on the map and the timeline (and in the URL) instead of
    // jumping to the reference entry, which stays the link's target without JavaScript.
    if (!ref && !(start && end)) return;
    event.preventDefault();
    if (ref) pageSelection().set({ selected: ref }, 'article');
    else if (start && end) pageSelection().set({ range: { start, end } }, 'article');
  }

  #scheduleHide(): void {
    window.clearTimeout(this.#hideTimer);
    this.#hideTimer = window.setTimeout(() => this.hide(), 150);
  }

  show(mention: HTMLElement): void {
    const entry = document.getElementById(mention.getAttribute('href')?.slice(1) ?? '');
    if (!entry) return;
    this.#current?.removeAttribute('aria-describedby');
    this.#current = mention;
    const kind = [field(entry, 'kind'), field(entry, 'confidence')].filter(Boolean).join(' · ');
    const parts = [
      line('card-name', field(entry, 'name'), true),
      line('card-kind', kind),
      field(entry, 'affiliation') ? line('card-affiliation', field(entry, 'affiliation'), true) : null,
      field(entry, 'details') ? line('card-details', field(entry, 'details'), true) : null,
      section(message('cards.events'), listItems(entry, 'events', 3)),
      section(message('cards.sources'), listItems(entry, 'sources', 3)),
      line('card-hint', message('cards.hint')),
    ];
    this.#card.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
    this.#card.hidden = false;
    this.#place(mention);
  }

  hide(): void {
    window.clearTimeout(this.#hideTimer);
    this.#card.hidden = true;
    this.#current?.removeAttribute('aria-describedby');
    this.#current = null;
    pageSelection().set({ hovered: null }, 'article');
  }

  #place(mention: HTMLElement): void {
    const docked = window.matchMedia(NARROW).matches;
    this.#card.classList.toggle('docked', docked);
    if (docked) {
      this.#card.style.left = '';
      this.#card.style.top = '';
      // Keep the line being read above the docked card.
      const free = window.innerHeight - this.#card.getBoundingClientRect().height;
      const bottom = mention.getBoundingClientRect().bottom;
      if (bottom > free - 8) window.scrollBy({ top: bottom - free + 24, behavior: 'instant' });
      return;
    }
    const box = mention.getBoundingClientRect();
    const card = this.#card.getBoundingClientRect();
    const margin = 8;
    const below = box.bottom + margin;
    const top = below + card.height > window.innerHeight && box.top - card.height - margin > 0 ? box.top - card.height - margin : below;
    // The card starts where the line does: at the mention's left edge in a left-to-right page, its right edge in a right-to-left one.
    const rtl = getComputedStyle(mention).direction === 'rtl';
    const start = rtl ? box.right - card.width : box.left;
    const left = Math.min(Math.max(margin, start), window.innerWidth - card.width - margin);
    this.#card.style.left = `${left + window.scrollX}px`;
    this.#card.style.top = `${top + window.scrollY}px`;
  }

  #highlight(ref: Ref | null): void {
    for (const el of document.querySelectorAll(`${MENTION}.is-linked`)) el.classList.remove('is-linked');
    if (!ref) return;
    for (const el of document.querySelectorAll<HTMLElement>(MENTION)) {
      if (el.dataset['refKind'] === ref.kind && el.dataset['refId'] === ref.id) el.classList.add('is-linked');
    }
  }
}

if (!customElements.get('mention-cards')) customElements.define('mention-cards', MentionCards);
