/**
 * The article's side of the linked views, and the glue every view shares:
 * - the URL mirrors the selection (citable, restorable, Back steps back);
 * - mentions and paragraphs light up for what is pointed at or chosen in any view;
 * - scrollytelling: the paragraph being read becomes the `focus` the map and timeline follow;
 * - a short announcement (the chosen item's name) for screen readers;
 * - on phones, the map-and-timeline panel folds into a bar the reader opens.
 */
import type { RefIndex } from '../lib/view/ref-index.ts';
import { pageSelection, sameRef, type Ref, type SelectionState, type SelectionStore } from './selection.ts';
import { syncUrl } from './url-state.ts';
import { copyLinkButton } from './copy-link.ts';

const WIDE = '(min-width: 64rem)';
const key = (ref: Ref): string => `${ref.kind}:${ref.id}`;
/** The refs a paragraph holds the quoted words of, from `data-quotes` (set at build time). */
const quotedIn = (p: HTMLElement): Ref[] =>
  (p.dataset['quotes'] ?? '').split(' ').filter(Boolean).map((k) => {
    const [kind = '', id = ''] = k.split(':');
    return { kind: kind as Ref['kind'], id };
  });

class LinkedViews extends HTMLElement {
  #store: SelectionStore = pageSelection();
  #index: RefIndex = {};
  #paragraphs: HTMLElement[] = [];
  #cleanup: (() => void)[] = [];

  connectedCallback(): void {
    const data = this.querySelector<HTMLScriptElement>('script[type="application/json"]');
    this.#index = data?.textContent ? (JSON.parse(data.textContent) as RefIndex) : {};
    const article = this.closest('article') ?? document;
    this.#paragraphs = [...article.querySelectorAll<HTMLElement>('#article-text p[id^="p-"]')];

    this.#cleanup.push(this.#store.subscribe((state, change) => this.#render(state, change.origin, change.keys)));
    this.#cleanup.push(syncUrl(this.#store));
    this.#setUpPanel();
    this.#addCopyLinks(article);
    if (this.closest('[data-scrollytelling="true"]')) this.#setUpScrollytelling();
    const state = this.#store.get();
    if (state.selected) this.#render(state, 'url', ['selected']);
  }

  disconnectedCallback(): void {
    for (const off of this.#cleanup.splice(0)) off();
  }

  /** Paragraphs that mention the item, or hold the words it rests on. */
  #paragraphsOf(ref: Ref): HTMLElement[] {
    return this.#paragraphs.filter(
      (p) =>
        p.querySelector(`[data-ref-kind="${ref.kind}"][data-ref-id="${CSS.escape(ref.id)}"]`) !== null ||
        quotedIn(p).some((q) => sameRef(q, ref)),
    );
  }

  #mark(ref: Ref | null, className: string): HTMLElement[] {
    for (const el of document.querySelectorAll(`.${className}`)) el.classList.remove(className);
    if (!ref) return [];
    const paragraphs = this.#paragraphsOf(ref);
    for (const p of paragraphs) p.classList.add(className);
    const mentions = document.querySelectorAll<HTMLElement>(`#article-text [data-ref-kind="${ref.kind}"][data-ref-id="${CSS.escape(ref.id)}"]`);
    for (const m of mentions) m.classList.add(className);
    return paragraphs;
  }

  #render(state: Readonly<SelectionState>, origin: string, keys: (keyof SelectionState)[]): void {
    if (keys.includes('hovered')) this.#mark(state.hovered, 'is-hovered');
    if (keys.includes('selected')) {
      const paragraphs = this.#mark(state.selected, 'is-selected');
      this.#announce(state.selected);
      // A deep link, or a choice made on the map or the timeline, brings the text that speaks of it into view.
      if (state.selected && origin !== 'article' && origin !== 'scroll' && paragraphs[0] && !this.#inView(paragraphs[0])) {
        paragraphs[0].scrollIntoView({ block: 'center', behavior: this.#motion() });
      }
    }
    if (keys.includes('focus')) {
      for (const p of this.#paragraphs) p.classList.toggle('is-current', p.id === state.focus?.paragraph);
    }
  }

  #announce(ref: Ref | null): void {
    const live = this.querySelector<HTMLElement>('[data-announcer]');
    if (!live) return;
    live.textContent = ref ? (this.#index[key(ref)]?.name ?? '') : '';
  }

  #inView(el: HTMLElement): boolean {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  }

  #motion(): ScrollBehavior {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  }

  /** The paragraph crossing the reading line (40% down the viewport) becomes the focus, on wide screens. */
  #setUpScrollytelling(): void {
    const wide = window.matchMedia(WIDE);
    let observer: IntersectionObserver | undefined;
    const start = (): void => {
      observer?.disconnect();
      observer = undefined;
      if (!wide.matches) {
        this.#store.set({ focus: null }, 'scroll');
        return;
      }
      observer = new IntersectionObserver(
        (entries) => {
          const hit = entries.filter((e) => e.isIntersecting).at(-1);
          if (hit) this.#focusOn(hit.target as HTMLElement);
        },
        { rootMargin: '-40% 0px -55% 0px' },
      );
      for (const p of this.#paragraphs) observer.observe(p);
    };
    start();
    wide.addEventListener('change', start);
    this.#cleanup.push(() => {
      observer?.disconnect();
      wide.removeEventListener('change', start);
    });
  }

  #focusOn(paragraph: HTMLElement): void {
    const refs = new Map<string, Ref>();
    for (const m of paragraph.querySelectorAll<HTMLElement>('[data-ref-kind][data-ref-id]')) {
      const ref = { kind: m.dataset['refKind'] as Ref['kind'], id: m.dataset['refId'] ?? '' };
      refs.set(key(ref), ref);
    }
    for (const ref of quotedIn(paragraph)) refs.set(key(ref), ref);
    this.#store.set({ focus: { paragraph: paragraph.id, refs: [...refs.values()] } }, 'scroll');
  }

  /** Each reference entry gets a "Copy link" giving the citable address of its item. */
  #addCopyLinks(root: ParentNode): void {
    for (const entry of root.querySelectorAll<HTMLElement>('.ref-entry[data-ref-kind][data-ref-id]')) {
      const kind = entry.dataset['refKind'] as Ref['kind'];
      const id = entry.dataset['refId'] ?? '';
      if (!this.#index[key({ kind, id })]) continue;
      entry.querySelector('.ref-head')?.append(' ', copyLinkButton({ kind, id }));
    }
  }

  /** On narrow screens the panel folds into a bar with a button; on wide ones it is always open. */
  #setUpPanel(): void {
    const panel = document.querySelector<HTMLElement>('.report-panel');
    const toggle = panel?.querySelector<HTMLButtonElement>('[data-panel-toggle]');
    const body = panel?.querySelector<HTMLElement>('[data-panel-body]');
    if (!panel || !toggle || !body) return;
    // The layout is CSS's (@media scripting): the script only opens and closes the panel.
    const set = (open: boolean): void => {
      toggle.setAttribute('aria-expanded', String(open));
      if (open) window.dispatchEvent(new Event('resize')); // the map and timeline re-measure
    };
    toggle.addEventListener('click', () => set(toggle.getAttribute('aria-expanded') !== 'true'));
    // A choice made in the text opens the panel so the reader sees it on the map and timeline.
    this.#cleanup.push(
      this.#store.subscribe((state, change) => {
        if (change.keys.includes('selected') && state.selected && change.origin === 'article' && !window.matchMedia(WIDE).matches) set(true);
      }),
    );
  }
}

customElements.define('sitrep-linked-views', LinkedViews);
