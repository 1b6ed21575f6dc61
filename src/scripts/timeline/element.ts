/**
 * `<sitrep-timeline>`: enhances the build-time SVG timelines (src/components/ReportTimeline.astro)
 * with tooltips, selection, keyboard navigation (roving tabindex), brushing a date range, and
 * zoom (buttons, + and − keys, Ctrl + wheel, pinch), joined to the page's shared selection
 * (src/scripts/selection.ts). Its state lives here, in fields, never read back from the DOM:
 * the visible span, the focused mark of each view, where a Shift-stretch began. Content reaches
 * the DOM only as text nodes.
 */
import { formatDateRange } from '../../lib/i18n/format.ts';
import { midDay, zoomSpan, type DaySpan } from '../../lib/timeline/zoom.ts';
import { pageSelection, type SelectionState } from '../selection.ts';
import { attachZoomGestures } from './gestures.ts';
import { keyAction } from './keys.ts';
import type { MarkRecord } from './marks.ts';
import { hideTooltip, showTooltip } from './tooltip.ts';
import { TimelineView } from './view.ts';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

interface Messages {
  showing: string;
  whole: string;
  range: string;
}

class SitrepTimeline extends HTMLElement {
  #views: TimelineView[] = [];
  #whole: DaySpan = { start: '', end: '' };
  /** The visible span; null when the whole period shows. */
  #zoom: DaySpan | null = null;
  /** The mark in the tab order, per view (index in date order). */
  #current = new Map<TimelineView, number>();
  /** Where a Shift + arrow stretch began. */
  #anchor: MarkRecord | null = null;
  #lastSelected: string | null = null;
  /** The range last announced, so that other changes (hover, focus) leave the status alone. */
  #lastRange: DaySpan | null = null;
  #locale = 'en';
  #messages: Messages = { showing: '{period}', whole: '', range: '{period}' };
  #tooltip: HTMLElement | null = null;
  #status: HTMLElement | null = null;
  #clear: HTMLButtonElement | null = null;
  #cleanup: (() => void)[] = [];
  #animation = 0;

  connectedCallback(): void {
    if (this.#views.length) return;
    this.#whole = { start: this.dataset['first'] ?? '', end: this.dataset['last'] ?? '' };
    this.#locale = this.dataset['locale'] ?? 'en';
    this.#messages = { ...this.#messages, ...(JSON.parse(this.dataset['messages'] ?? '{}') as Partial<Messages>) };
    this.#tooltip = this.querySelector('.tl-tooltip');
    this.#status = this.querySelector('.tl-status');
    this.#clear = this.querySelector('[data-action="clear-range"]');
    for (const svg of this.querySelectorAll<SVGSVGElement>('svg.tl-svg')) this.#views.push(this.#enhance(svg));
    const controls = this.querySelector('.tl-controls');
    const onControl = (event: Event) => this.#onControl(event);
    controls?.addEventListener('click', onControl);
    this.#cleanup.push(() => controls?.removeEventListener('click', onControl));
    const store = pageSelection();
    this.#cleanup.push(store.subscribe((state) => this.#render(state)));
    this.#render(store.get());
    this.dataset['ready'] = 'true';
  }

  disconnectedCallback(): void {
    for (const undo of this.#cleanup.splice(0)) undo();
    this.#views = [];
  }

  #enhance(svg: SVGSVGElement): TimelineView {
    const view = new TimelineView(svg, (_view, range, done) => {
      if (range || done) pageSelection().set({ range }, 'timeline');
    });
    // The build put the first mark in the tab order; keep the one that holds focus if the reader got there first.
    const focused = view.marks.findIndex((mark) => mark.el === document.activeElement);
    this.#current.set(view, Math.max(0, focused));
    view.marks.forEach((mark, i) => {
      const el = mark.el;
      el.querySelector('title')?.remove();
      el.setAttribute('role', 'button');
      el.setAttribute('tabindex', i === this.#current.get(view) ? '0' : '-1');
      if (mark.event) el.setAttribute('aria-pressed', 'false');
      el.addEventListener('pointerenter', () => this.#hover(mark, true));
      el.addEventListener('pointerleave', () => this.#hover(mark, false));
      el.addEventListener('focus', () => this.#hover(mark, true));
      el.addEventListener('blur', () => this.#hover(mark, false));
      el.addEventListener('click', () => this.#choose(mark));
      el.addEventListener('keydown', (event) => this.#onKey(event, view, i));
    });
    this.#cleanup.push(
      attachZoomGestures(svg, view.horizontal, (factor, client) => {
        const { day, at } = view.dayAtClient(client);
        this.#zoomBy(factor, day, at, false);
      }),
    );
    return view;
  }

  #hover(mark: MarkRecord, on: boolean): void {
    if (this.#tooltip) {
      if (on) showTooltip(this, this.#tooltip, mark);
      else hideTooltip(this.#tooltip);
    }
    if (mark.event) pageSelection().set({ hovered: on ? { kind: 'event', id: mark.event } : null }, 'timeline');
  }

  #choose(mark: MarkRecord): void {
    const store = pageSelection();
    if (mark.event) {
      const current = store.get().selected;
      store.set({ selected: current?.kind === 'event' && current.id === mark.event ? null : { kind: 'event', id: mark.event } }, 'timeline');
    } else store.set({ range: { start: mark.start, end: mark.end } }, 'timeline');
  }

  #onKey(event: KeyboardEvent, view: TimelineView, index: number): void {
    const action = keyAction(event, index, view.marks.length, view.horizontal && view.svg.dataset['direction'] === 'rtl');
    if (!action) return;
    event.preventDefault();
    const mark = view.marks[index]!;
    const store = pageSelection();
    switch (action.kind) {
      case 'choose':
        return this.#choose(mark);
      case 'escape':
        if (store.get().selected) store.set({ selected: null }, 'timeline');
        else store.set({ range: null }, 'timeline');
        return;
      case 'zoom':
        return this.#zoomBy(action.factor, midDay(mark), 0.5, true);
      case 'move': {
        const target = view.marks[action.to]!;
        if (action.stretch) {
          this.#anchor ??= mark;
          const start = [this.#anchor.start, target.start].sort()[0]!;
          const end = [this.#anchor.end, target.end].sort()[1]!;
          store.set({ range: { start, end } }, 'timeline');
        } else this.#anchor = null;
        this.#focusMark(view, action.to);
      }
    }
  }

  #focusMark(view: TimelineView, index: number): void {
    const before = this.#current.get(view) ?? 0;
    view.marks[before]?.el.setAttribute('tabindex', '-1');
    this.#current.set(view, index);
    const el = view.marks[index]!.el;
    el.setAttribute('tabindex', '0');
    el.focus();
  }

  #onControl(event: Event): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const action = button.dataset['action'];
    if (action === 'clear-range') pageSelection().set({ range: null }, 'timeline');
    else if (action === 'zoom-reset') this.#zoomTo(null, true);
    else if (action === 'zoom-in' || action === 'zoom-out') {
      const focus = pageSelection().get().range ?? this.#zoom ?? this.#whole;
      this.#zoomBy(action === 'zoom-in' ? 2 : 0.5, midDay(focus), 0.5, true);
    }
  }

  /** Zooms the visible span by `factor` around `day`, which stays at `at` (0 to 1) across the axis. */
  #zoomBy(factor: number, day: string, at: number, animate: boolean): void {
    this.#zoomTo(zoomSpan(this.#whole, this.#zoom ?? this.#whole, factor, day, at), animate);
  }

  #zoomTo(target: DaySpan | null, animate: boolean): void {
    const from = this.#zoom ?? this.#whole;
    const to = target ?? this.#whole;
    this.#zoom = target;
    cancelAnimationFrame(this.#animation);
    const apply = (k: number) => {
      const span = k >= 1 ? to : interpolate(from, to, k);
      for (const view of this.#views) {
        view.rescale(span);
        view.syncBrush(pageSelection().get().range);
      }
    };
    if (!animate || reducedMotion()) apply(1);
    else {
      const began = performance.now();
      const frame = (now: number) => {
        const k = Math.min(1, (now - began) / 250);
        apply(k < 0.5 ? 2 * k * k : 1 - (-2 * k + 2) ** 2 / 2);
        if (k < 1) this.#animation = requestAnimationFrame(frame);
      };
      this.#animation = requestAnimationFrame(frame);
    }
    this.#say(target ? this.#messages.showing.replace('{period}', this.#period(target)) : this.#messages.whole);
  }

  #period(span: DaySpan): string {
    return formatDateRange(this.#locale, span.start, span.end);
  }

  #say(text: string): void {
    if (this.#status) this.#status.textContent = text;
  }

  #render(state: Readonly<SelectionState>): void {
    const { selected, hovered, range, focus } = state;
    // Places of what is chosen or pointed at: a place itself, or an event's places.
    const linked = new Set<string>();
    for (const ref of [selected, hovered]) {
      if (ref?.kind === 'place') linked.add(ref.id);
      if (ref?.kind === 'event') for (const place of this.#views[0]?.marks.find((m) => m.event === ref.id)?.places ?? []) linked.add(place);
    }
    // Scrollytelling: the events of the paragraph being read, and events at its places.
    const focusEvents = new Set(focus?.refs.filter((r) => r.kind === 'event').map((r) => r.id) ?? []);
    const focusPlaces = new Set(focus?.refs.filter((r) => r.kind === 'place').map((r) => r.id) ?? []);
    let inRange = 0;
    for (const view of this.#views) {
      for (const mark of view.marks) {
        const el = mark.el;
        const isSelected = selected?.kind === 'event' && selected.id === mark.event;
        el.classList.toggle('is-selected', isSelected);
        if (mark.event) el.setAttribute('aria-pressed', String(isSelected));
        el.classList.toggle('is-linked', !isSelected && mark.places.some((p) => linked.has(p)));
        el.classList.toggle('is-in-focus', (mark.event !== null && focusEvents.has(mark.event)) || mark.places.some((p) => focusPlaces.has(p)));
        const inside = !range || (mark.start <= range.end && mark.end >= range.start);
        el.classList.toggle('is-dimmed', !inside);
        if (inside && range && view === this.#views[0]) inRange++;
      }
      view.syncBrush(range);
    }
    for (const row of (this.parentElement ?? this).querySelectorAll<HTMLElement>('tr[data-event]')) {
      row.classList.toggle('is-selected', selected?.kind === 'event' && row.dataset['event'] === selected.id);
    }
    if (selected?.kind === 'event' && selected.id !== this.#lastSelected) this.#reveal(selected.id);
    this.#lastSelected = selected?.kind === 'event' ? selected.id : null;
    if (this.#clear) this.#clear.disabled = range === null;
    if (range?.start !== this.#lastRange?.start || range?.end !== this.#lastRange?.end) {
      const total = this.#views[0]?.marks.length ?? 0;
      this.#say(range ? this.#messages.range.replace('{period}', this.#period(range)).replace('{count}', String(inRange)).replace('{total}', String(total)) : '');
    }
    this.#lastRange = range;
  }

  /** An event chosen in another view: bring its mark into view inside a scrolling panel (never the page). */
  #reveal(id: string): void {
    const mark = this.#views.filter((v) => v.shown).flatMap((v) => v.marks).find((m) => m.event === id);
    const scroller = this.closest<HTMLElement>('.panel-body, .report-panel');
    if (!mark || !scroller || scroller.scrollHeight <= scroller.clientHeight) return;
    const box = mark.el.getBoundingClientRect();
    const frame = scroller.getBoundingClientRect();
    if (box.top < frame.top || box.bottom > frame.bottom) scroller.scrollBy({ top: box.top - frame.top - frame.height / 3, behavior: reducedMotion() ? 'auto' : 'smooth' });
  }
}

function interpolate(a: DaySpan, b: DaySpan, k: number): DaySpan {
  const t = (day: string) => Date.parse(`${day}T00:00:00Z`);
  const mix = (x: string, y: string) => new Date(t(x) + (t(y) - t(x)) * k).toISOString().slice(0, 10);
  return { start: mix(a.start, b.start), end: mix(a.end, b.end) };
}

if (!customElements.get('sitrep-timeline')) customElements.define('sitrep-timeline', SitrepTimeline);
