/**
 * The article's side of the linked views, and the reading stage around it:
 * - the URL mirrors the selection (citable, restorable, Back steps back);
 * - mentions and paragraphs light up for what is pointed at or chosen in any view;
 * - scrollytelling: the paragraph being read becomes the `focus` the map and timeline follow (its editor's
 *   step when it has one, else its own references), with a quiet cue on the stage and a pause;
 * - the stage's legend overlay, the skip links to the figures, the reader's annotations switch;
 * - a short announcement (the chosen item's name) for screen readers;
 * - on phones, the stage folds into a bar the reader opens (it follows the text while open).
 */
import type { RefIndex } from '../lib/view/ref-index.ts';
import { pageSelection, sameRef, type Focus, type FocusStep, type Ref, type SelectionState, type SelectionStore } from './selection.ts';
import { syncUrl } from './url-state.ts';
import { copyLinkButton } from './copy-link.ts';

const WIDE = '(min-width: 64rem)';
const ANNOTATIONS_KEY = 'sitrep.annotations';
const key = (ref: Ref): string => `${ref.kind}:${ref.id}`;
const toRef = (k: string): Ref => {
  const [kind = '', id = ''] = k.split(':');
  return { kind: kind as Ref['kind'], id };
};
/** The refs a paragraph holds the quoted words of, from `data-quotes` (set at build time). */
const quotedIn = (p: HTMLElement): Ref[] => (p.dataset['quotes'] ?? '').split(' ').filter(Boolean).map(toRef);
/** The editor's step of a paragraph, from `data-step` (resolved at build time). */
const stepOf = (p: HTMLElement): FocusStep | undefined => {
  try {
    return p.dataset['step'] ? (JSON.parse(p.dataset['step']) as FocusStep) : undefined;
  } catch {
    return undefined;
  }
};

class LinkedViews extends HTMLElement {
  #store: SelectionStore = pageSelection();
  #index: RefIndex = {};
  #paragraphs: HTMLElement[] = [];
  #cleanup: (() => void)[] = [];
  #panel: HTMLElement | null = null;
  #paused = false;
  /** The paragraph at the reading line, followed or not (a pause keeps the stage where it is). */
  #reading: HTMLElement | null = null;

  connectedCallback(): void {
    const data = this.querySelector<HTMLScriptElement>('script[type="application/json"]');
    this.#index = data?.textContent ? (JSON.parse(data.textContent) as RefIndex) : {};
    const article = this.closest('article') ?? document;
    this.#paragraphs = [...article.querySelectorAll<HTMLElement>('#article-text p[id^="p-"]')];
    this.#panel = document.querySelector<HTMLElement>('[data-stage]');

    this.#cleanup.push(this.#store.subscribe((state, change) => this.#render(state, change.origin, change.keys)));
    this.#cleanup.push(syncUrl(this.#store));
    this.#setUpPanel();
    this.#setUpStage();
    this.#setUpAnnotations();
    this.#setUpPrint();
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
      this.#cue(state.focus);
    }
  }

  #announce(ref: Ref | null): void {
    const live = this.querySelector<HTMLElement>('[data-announcer]');
    if (!live) return;
    live.textContent = ref ? (this.#index[key(ref)]?.name ?? '') : '';
  }

  /** Whether the element is in view below the stage's bar (phones) or anywhere on screen (wide). */
  #inView(el: HTMLElement): boolean {
    const box = el.getBoundingClientRect();
    return box.top >= this.#stageBottom() && box.bottom <= window.innerHeight;
  }

  #motion(): ScrollBehavior {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  }

  /** On phones the stage, pinned at the top once the article starts, covers the top of the screen: the text is read below it. */
  #stageBottom(): number {
    if (!this.#panel || window.matchMedia(WIDE).matches) return 0;
    return this.#panel.offsetHeight;
  }

  #panelOpen(): boolean {
    return this.#panel?.querySelector('[data-panel-toggle]')?.getAttribute('aria-expanded') === 'true';
  }

  /**
   * The paragraph crossing the reading line becomes the focus: 40% down the screen on wide screens; on
   * phones, while the stage is open, a third of the way down the text left below it.
   */
  #setUpScrollytelling(): void {
    const wide = window.matchMedia(WIDE);
    let observer: IntersectionObserver | undefined;
    const start = (): void => {
      observer?.disconnect();
      observer = undefined;
      const following = wide.matches || this.#panelOpen();
      this.#panel?.toggleAttribute('data-following', following && !this.#paused);
      if (!following) {
        this.#store.set({ focus: null }, 'scroll');
        return;
      }
      const top = this.#stageBottom();
      const line = Math.round(top + (window.innerHeight - top) * (wide.matches ? 0.4 : 0.3));
      const band = Math.max(8, Math.round(window.innerHeight * 0.05));
      observer = new IntersectionObserver(
        (entries) => {
          const hit = entries.filter((e) => e.isIntersecting).at(-1);
          if (hit) this.#read(hit.target as HTMLElement);
        },
        { rootMargin: `-${line}px 0px -${Math.max(0, window.innerHeight - line - band)}px 0px` },
      );
      for (const p of this.#paragraphs) observer.observe(p);
    };
    start();
    let timer = 0;
    const restart = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(start, 150);
    };
    wide.addEventListener('change', start);
    window.addEventListener('resize', restart);
    document.addEventListener('sitrep:panel', start);
    this.#cleanup.push(() => {
      observer?.disconnect();
      wide.removeEventListener('change', start);
      window.removeEventListener('resize', restart);
      document.removeEventListener('sitrep:panel', start);
    });
  }

  #read(paragraph: HTMLElement): void {
    this.#reading = paragraph;
    if (!this.#paused) this.#focusOn(paragraph);
  }

  /** What the stage shows for a paragraph: its step's places and items if an editor wrote one, else its references. */
  #focusOn(paragraph: HTMLElement): void {
    const refs = new Map<string, Ref>();
    const step = stepOf(paragraph);
    if (step) {
      for (const id of step.places) refs.set(`place:${id}`, { kind: 'place', id });
      for (const k of step.highlight) refs.set(k, toRef(k));
      for (const id of step.events) refs.set(`event:${id}`, { kind: 'event', id });
    }
    if (!step || (step.places.length === 0 && step.highlight.length === 0)) {
      for (const m of paragraph.querySelectorAll<HTMLElement>('[data-ref-kind][data-ref-id]')) {
        const ref = { kind: m.dataset['refKind'] as Ref['kind'], id: m.dataset['refId'] ?? '' };
        refs.set(key(ref), ref);
      }
      for (const ref of quotedIn(paragraph)) refs.set(key(ref), ref);
    }
    const focus: Focus = { paragraph: paragraph.id, refs: [...refs.values()] };
    if (step) focus.step = step;
    if (step?.zoom !== undefined) focus.zoom = step.zoom;
    this.#store.set({ focus }, 'scroll');
  }

  /** The cue on the stage: which paragraph it follows and the names it brings forward. */
  #cue(focus: Focus | null): void {
    const text = this.#panel?.querySelector<HTMLElement>('[data-cue-text]');
    if (!text) return;
    const n = (focus?.paragraph ?? this.#reading?.id ?? '').replace(/^p-/, '');
    if (this.#paused) {
      text.textContent = n ? (text.dataset['paused'] ?? '').replace('{n}', n) : (text.dataset['pausedIdle'] ?? '');
      return;
    }
    if (!focus) {
      text.textContent = text.dataset['idle'] ?? '';
      return;
    }
    // The places it brings forward (or, when none, its events), by name.
    const named = (kind: Ref['kind']) => focus.refs.filter((r) => r.kind === kind).flatMap((r) => this.#index[key(r)]?.name.replace(/^[^:]*\d{4}: /, '') ?? []);
    const places = named('place');
    const names = places.length > 0 ? places : named('event');
    const head = document.createElement('strong');
    head.textContent = (text.dataset[focus.step ? 'followingStep' : 'following'] ?? '').replace('{n}', n);
    const shown = names.slice(0, 2).join(', ') + (names.length > 2 ? ` +${names.length - 2}` : '');
    text.replaceChildren(head, shown ? ` · ${shown}` : '');
  }

  /** The cue's pause and legend buttons, and the skip links to the figures. */
  #setUpStage(): void {
    const panel = this.#panel;
    if (!panel) return;
    const pause = panel.querySelector<HTMLButtonElement>('[data-stage-pause]');
    pause?.addEventListener('click', () => {
      this.#paused = !this.#paused;
      pause.setAttribute('aria-pressed', String(this.#paused));
      panel.toggleAttribute('data-paused', this.#paused);
      panel.toggleAttribute('data-following', !this.#paused && (window.matchMedia(WIDE).matches || this.#panelOpen()));
      if (!this.#paused && this.#reading) this.#focusOn(this.#reading);
      else this.#cue(this.#store.get().focus);
    });
    if (!this.closest('[data-scrollytelling="true"]') && pause) pause.hidden = true;

    const legendButton = panel.querySelector<HTMLButtonElement>('[data-stage-legend]');
    const legends = [...panel.querySelectorAll<HTMLElement>('.map-layers, .tl-legend')];
    legends.forEach((l, i) => (l.id ||= `stage-legend-${i + 1}`));
    if (legendButton) {
      if (legends.length === 0) legendButton.hidden = true;
      legendButton.setAttribute('aria-controls', legends.map((l) => l.id).join(' '));
      const setLegend = (open: boolean): void => {
        legendButton.setAttribute('aria-expanded', String(open));
        panel.toggleAttribute('data-legend-open', open);
        // A legend that folds (<details>) opens with the overlay.
        if (open) for (const l of legends) if (l instanceof HTMLDetailsElement) l.open = true;
      };
      legendButton.addEventListener('click', () => setLegend(legendButton.getAttribute('aria-expanded') !== 'true'));
      panel.addEventListener('keydown', (e) => {
        if (e.key === 'Escape' && panel.hasAttribute('data-legend-open')) {
          setLegend(false);
          legendButton.focus();
        }
      });
    }

    // On phones the stage shows a strip of the timeline; the whole vertical timeline opens in its place.
    const full = panel.querySelector<HTMLButtonElement>('[data-stage-timeline-full]');
    full?.addEventListener('click', () => {
      const on = full.getAttribute('aria-pressed') !== 'true';
      full.setAttribute('aria-pressed', String(on));
      panel.toggleAttribute('data-timeline-full', on);
      window.dispatchEvent(new Event('resize')); // the timeline re-measures
    });

    // A skip link to a figure opens the folded stage first (phones), then moves focus into the figure.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-stage-skip]')) {
      link.addEventListener('click', (e) => {
        const target = document.getElementById(link.hash.slice(1));
        if (!target) return;
        e.preventDefault();
        this.#openPanel(true);
        target.scrollIntoView({ block: 'nearest' });
        target.focus({ preventScroll: true });
      });
    }
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

  #openPanel(open: boolean): void {
    const toggle = this.#panel?.querySelector<HTMLButtonElement>('[data-panel-toggle]');
    if (!toggle || toggle.getAttribute('aria-expanded') === String(open)) return;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) window.dispatchEvent(new Event('resize')); // the map and timeline re-measure
    document.dispatchEvent(new Event('sitrep:panel'));
  }

  /** On narrow screens the stage folds into a bar with a button; on wide ones it is always open. */
  #setUpPanel(): void {
    const toggle = this.#panel?.querySelector<HTMLButtonElement>('[data-panel-toggle]');
    if (!toggle) return;
    // The layout is CSS's (@media scripting): the script only opens and closes the panel.
    toggle.addEventListener('click', () => this.#openPanel(toggle.getAttribute('aria-expanded') !== 'true'));
    // A choice made in the text opens the panel so the reader sees it on the map and timeline.
    this.#cleanup.push(
      this.#store.subscribe((state, change) => {
        if (change.keys.includes('selected') && state.selected && change.origin === 'article' && !window.matchMedia(WIDE).matches) this.#openPanel(true);
      }),
    );
  }

  /** The reader's switch for the annotations (names marked in the text, source marks), remembered. */
  #setUpAnnotations(): void {
    const report = this.closest<HTMLElement>('.report');
    const toggle = document.querySelector<HTMLButtonElement>('[data-annotations-toggle]');
    if (!report || !toggle) return;
    const apply = (on: boolean): void => {
      report.dataset['annotations'] = on ? 'on' : 'off';
      toggle.setAttribute('aria-pressed', String(on));
    };
    const stored = (): string | null => {
      try {
        return window.localStorage.getItem(ANNOTATIONS_KEY);
      } catch {
        return null;
      }
    };
    apply(stored() !== 'off');
    toggle.addEventListener('click', () => {
      const on = toggle.getAttribute('aria-pressed') !== 'true';
      apply(on);
      try {
        window.localStorage.setItem(ANNOTATIONS_KEY, on ? 'on' : 'off');
      } catch {
        // Storage refused (private mode): the switch still works for this visit.
      }
    });
  }

  /** Printing opens every fold (figures' tables, references), and closes them again after. */
  #setUpPrint(): void {
    let opened: HTMLDetailsElement[] = [];
    const before = (): void => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
      for (const d of opened) d.open = true;
    };
    const after = (): void => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    this.#cleanup.push(() => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    });
  }
}

customElements.define('sitrep-linked-views', LinkedViews);
