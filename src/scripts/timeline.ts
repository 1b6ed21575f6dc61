/**
 * `<sitrep-timeline>`: enhances the build-time SVG timelines (src/components/ReportTimeline.astro)
 * with tooltips, selection, keyboard navigation (roving tabindex), brushing a date range, zoom,
 * and the page's shared selection (src/scripts/selection.ts). Content reaches the DOM only as
 * text nodes.
 */
import { brushX, brushY, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { fitText, overlaps } from '../lib/timeline/labels.ts';
import { dayScale, nextDay, ticks, type DayScale } from '../lib/timeline/scale.ts';
import { addDays, formatPeriod, daysBetween } from '../lib/time/calendar.ts';
import { pageSelection, type DayRange, type SelectionState } from './selection.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

interface View {
  svg: SVGSVGElement;
  horizontal: boolean;
  marks: SVGGElement[];
  scale: DayScale;
  brush: BrushBehavior<unknown>;
  brushLayer: SVGGElement;
}

class SitrepTimeline extends HTMLElement {
  #views: View[] = [];
  #tooltip: HTMLElement | null = null;
  #status: HTMLElement | null = null;
  #clear: HTMLButtonElement | null = null;
  #first = '';
  #last = '';
  #zoom: { start: string; end: string } | null = null;
  #anchor: SVGGElement | null = null;
  #quietBrush = false;
  #unsubscribe: (() => void) | null = null;
  #lastSelected: string | null = null;

  connectedCallback(): void {
    if (this.#views.length) return;
    this.#first = this.dataset['first'] ?? '';
    this.#last = this.dataset['last'] ?? '';
    this.#tooltip = this.querySelector('.tl-tooltip');
    this.#status = this.querySelector('.tl-status');
    this.#clear = this.querySelector('[data-action="clear-range"]');
    for (const svg of this.querySelectorAll<SVGSVGElement>('svg.tl-svg')) this.#views.push(this.#enhance(svg));
    this.querySelector('.tl-controls')?.addEventListener('click', (event) => this.#onControl(event));
    const store = pageSelection();
    this.#unsubscribe = store.subscribe((state) => this.#render(state));
    this.#render(store.get());
    this.dataset['ready'] = 'true';
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }

  #enhance(svg: SVGSVGElement): View {
    const horizontal = svg.dataset['orientation'] !== 'vertical';
    const [r0, r1] = (svg.dataset['range'] ?? '0 1').split(' ').map(Number) as [number, number];
    const scale = dayScale(svg.dataset['first'] ?? this.#first, svg.dataset['last'] ?? this.#last, r0, r1);
    const marks = [...svg.querySelectorAll<SVGGElement>('.tl-mark')].sort((a, b) => Number(a.dataset['order']) - Number(b.dataset['order']));
    marks.forEach((mark, i) => {
      mark.querySelector('title')?.remove();
      mark.setAttribute('role', 'button');
      mark.setAttribute('tabindex', i === 0 ? '0' : '-1');
      if (mark.dataset['event']) mark.setAttribute('aria-pressed', 'false');
      mark.addEventListener('pointerenter', () => this.#hover(mark, true));
      mark.addEventListener('pointerleave', () => this.#hover(mark, false));
      mark.addEventListener('focus', () => this.#hover(mark, true));
      mark.addEventListener('blur', () => this.#hover(mark, false));
      mark.addEventListener('click', () => this.#choose(mark));
      mark.addEventListener('keydown', (event) => this.#onKey(event, view, mark));
    });
    // The brush lies under the marks, so pointing at a mark still reaches it. On the vertical
    // (phone) layout it covers only the date axis, so a swipe elsewhere still scrolls the page.
    const plot = svg.querySelector('.tl-plot')!;
    const brushLayer = document.createElementNS(SVG_NS, 'g');
    brushLayer.setAttribute('class', 'tl-brush');
    brushLayer.setAttribute('aria-hidden', 'true');
    plot.insertBefore(brushLayer, svg.querySelector('.tl-marks'));
    const height = Number(svg.getAttribute('height'));
    const brush = (horizontal ? brushX() : brushY())
      .extent(horizontal ? [[r0, 30], [r1, height]] : [[0, r0], [44, r1]])
      .on('brush end', (event: D3BrushEvent<unknown>) => this.#onBrush(event, view));
    select(brushLayer).call(brush);
    const view: View = { svg, horizontal, marks, scale, brush, brushLayer };
    return view;
  }

  #onBrush(event: D3BrushEvent<unknown>, view: View): void {
    if (this.#quietBrush || !event.sourceEvent) return;
    const selection = event.selection as [number, number] | null;
    if (!selection) {
      if (event.type === 'end') pageSelection().set({ range: null }, 'timeline');
      return;
    }
    const start = view.scale.dayAt(selection[0]);
    const end = view.scale.dayAt(Math.max(selection[0], selection[1] - 0.01));
    pageSelection().set({ range: { start, end } }, 'timeline');
  }

  #hover(mark: SVGGElement, on: boolean): void {
    const tooltip = this.#tooltip;
    if (!tooltip) return;
    const id = mark.dataset['event'];
    if (!on) {
      tooltip.hidden = true;
      if (id) pageSelection().set({ hovered: null }, 'timeline');
      return;
    }
    const title = document.createElement('strong');
    title.textContent = (mark.getAttribute('aria-label') ?? '').replace(/^[^:]*: /, '');
    const date = document.createElement('span');
    date.textContent = mark.dataset['date'] ?? '';
    tooltip.replaceChildren(title, date);
    const confidence = [...mark.classList].find((c) => c.startsWith('confidence-'))?.slice('confidence-'.length);
    if (confidence && confidence !== 'mixed') tooltip.append(document.createTextNode(` · ${confidence}`));
    tooltip.hidden = false;
    const host = this.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    const left = Math.min(Math.max(0, box.left - host.left), Math.max(0, host.width - tooltip.offsetWidth));
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${box.bottom - host.top + 6}px`;
    if (id) pageSelection().set({ hovered: { kind: 'event', id } }, 'timeline');
  }

  #choose(mark: SVGGElement): void {
    const id = mark.dataset['event'];
    const store = pageSelection();
    if (id) {
      const current = store.get().selected;
      store.set({ selected: current?.kind === 'event' && current.id === id ? null : { kind: 'event', id } }, 'timeline');
    } else if (mark.dataset['start'] && mark.dataset['end']) {
      store.set({ range: { start: mark.dataset['start'], end: mark.dataset['end'] } }, 'timeline');
    }
  }

  #onKey(event: KeyboardEvent, view: View, mark: SVGGElement): void {
    const index = view.marks.indexOf(mark);
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(view.marks.length - 1, index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, index - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = view.marks.length - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.#choose(mark);
        return;
      case 'Escape': {
        const store = pageSelection();
        if (store.get().selected) store.set({ selected: null }, 'timeline');
        else store.set({ range: null }, 'timeline');
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    const target = view.marks[next];
    if (!target) return;
    if (event.shiftKey) {
      // Keyboard brushing: Shift + arrows stretch a range from where the stretch began.
      this.#anchor ??= mark;
      const a = this.#anchor;
      const start = [a.dataset['start'] ?? '', target.dataset['start'] ?? ''].sort()[0]!;
      const end = [a.dataset['end'] ?? '', target.dataset['end'] ?? ''].sort()[1]!;
      pageSelection().set({ range: { start, end } }, 'timeline');
    } else this.#anchor = null;
    this.#focusMark(view, target);
  }

  #focusMark(view: View, target: SVGGElement): void {
    for (const mark of view.marks) mark.setAttribute('tabindex', mark === target ? '0' : '-1');
    target.focus();
  }

  #onControl(event: Event): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const action = button.dataset['action'];
    if (action === 'clear-range') pageSelection().set({ range: null }, 'timeline');
    else if (action === 'zoom-reset') this.#zoomTo(null);
    else if (action === 'zoom-in' || action === 'zoom-out') {
      const current = this.#zoom ?? { start: this.#first, end: this.#last };
      const range = pageSelection().get().range;
      const span = daysBetween(current.start, current.end) + 1;
      const want = action === 'zoom-in' ? Math.max(7, Math.round(span / 2)) : span * 2;
      const focus = range ?? current;
      const centerDay = addDays(focus.start, Math.floor(daysBetween(focus.start, focus.end) / 2));
      const total = daysBetween(this.#first, this.#last) + 1;
      if (want >= total) return this.#zoomTo(null);
      const offset = Math.min(Math.max(0, daysBetween(this.#first, centerDay) - Math.floor(want / 2)), total - want);
      const start = addDays(this.#first, offset);
      this.#zoomTo({ start, end: addDays(start, want - 1) });
    }
  }

  #zoomTo(target: { start: string; end: string } | null): void {
    const from = this.#zoom ?? { start: this.#first, end: this.#last };
    const to = target ?? { start: this.#first, end: this.#last };
    this.#zoom = target;
    const view = this.#views.find((v) => v.horizontal);
    if (!view) return;
    const [r0, r1] = view.scale.d3.range() as [number, number];
    const t0 = [+new Date(`${from.start}T00:00Z`), +new Date(`${nextDay(from.end)}T00:00Z`)];
    const t1 = [+new Date(`${to.start}T00:00Z`), +new Date(`${nextDay(to.end)}T00:00Z`)];
    const apply = (k: number) => {
      const d0 = t0[0]! + (t1[0]! - t0[0]!) * k;
      const d1 = t0[1]! + (t1[1]! - t0[1]!) * k;
      view.scale = dayScale(this.#first, this.#last, r0, r1);
      view.scale.d3.domain([new Date(d0), new Date(d1)]);
      this.#rescale(view);
    };
    if (reducedMotion()) {
      apply(1);
    } else {
      const began = performance.now();
      const frame = (now: number) => {
        const k = Math.min(1, (now - began) / 250);
        apply(k < 0.5 ? 2 * k * k : 1 - (-2 * k + 2) ** 2 / 2);
        if (k < 1) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }
    this.#say(target ? `Showing ${formatPeriod(target)}` : 'Showing the whole period');
  }

  /** Moves every time-bound element of a horizontal view to the current scale; thins labels that now collide. */
  #rescale(view: View): void {
    const { svg, scale } = view;
    const s = (day: string) => scale.start(day);
    for (const el of svg.querySelectorAll<SVGRectElement>('.tl-t')) {
      const inset = Number(el.dataset['inset'] ?? 0);
      const x0 = s(el.dataset['start']!);
      const x1 = scale.end(el.dataset['end']!);
      el.setAttribute('x', String(x0 + inset));
      el.setAttribute('width', String(Math.max(0, x1 - x0 - 2 * inset)));
    }
    for (const el of svg.querySelectorAll<SVGCircleElement>('.tl-c')) el.setAttribute('cx', String(scale.mid(el.dataset['start']!)));
    const rows = new Map<string, { el: SVGTextElement; from: number; to: number }[]>();
    for (const el of svg.querySelectorAll<SVGTextElement>('.tl-l')) {
      const base = el.dataset['anchor'] === 'mid' ? scale.mid(el.dataset['start']!) : s(el.dataset['start']!);
      const x = Math.max(view.scale.d3.range()[0]!, base + Number(el.dataset['dx'] ?? 0));
      el.setAttribute('x', String(x));
      const y = el.getAttribute('y') ?? '';
      const list = rows.get(y) ?? [];
      list.push({ el, from: x, to: x + el.getComputedTextLength() });
      rows.set(y, list);
    }
    for (const list of rows.values()) {
      list.sort((a, b) => a.from - b.from);
      let last: { from: number; to: number } | null = null;
      for (const item of list) {
        const clash = last !== null && overlaps(item, last, 3);
        item.el.style.visibility = clash ? 'hidden' : '';
        if (!clash) last = item;
      }
    }
    const grid = svg.querySelector('.tl-grid');
    if (grid) {
      const height = svg.getAttribute('height') ?? '0';
      const nodes: Element[] = [];
      for (const tick of ticks(scale, 56)) {
        const line = document.createElementNS(SVG_NS, 'line');
        line.setAttribute('class', `tl-tick${tick.major ? ' tl-major' : ''}`);
        line.setAttribute('x1', String(tick.position));
        line.setAttribute('x2', String(tick.position));
        line.setAttribute('y1', '30');
        line.setAttribute('y2', height);
        const text = document.createElementNS(SVG_NS, 'text');
        text.setAttribute('class', 'tl-tick-label');
        text.setAttribute('x', String(tick.position + 2));
        text.setAttribute('y', '27');
        text.textContent = tick.label;
        nodes.push(line, text);
      }
      grid.replaceChildren(...nodes);
    }
    this.#syncBrush(pageSelection().get().range);
  }

  #syncBrush(range: DayRange | null): void {
    this.#quietBrush = true;
    for (const view of this.#views) {
      const layer = select(view.brushLayer);
      if (range) view.brush.move(layer, [view.scale.start(range.start), view.scale.end(range.end)]);
      else view.brush.move(layer, null);
    }
    this.#quietBrush = false;
  }

  #say(text: string): void {
    if (this.#status) this.#status.textContent = fitText(text, 400, 11) ?? text;
  }

  #render(state: Readonly<SelectionState>): void {
    const selected = state.selected;
    const hovered = state.hovered;
    const range = state.range;
    // Places of the selected item: a place itself, or an event's places.
    const linkedPlaces = new Set<string>();
    for (const ref of [selected, hovered]) {
      if (ref?.kind === 'place') linkedPlaces.add(ref.id);
      if (ref?.kind === 'event') {
        const mark = this.querySelector<SVGGElement>(`.tl-mark[data-event="${CSS.escape(ref.id)}"]`);
        for (const place of (mark?.dataset['places'] ?? '').split(' ').filter(Boolean)) linkedPlaces.add(place);
      }
    }
    // Scrollytelling: the events of the paragraph being read, and events at its places.
    const focusEvents = new Set(state.focus?.refs.filter((r) => r.kind === 'event').map((r) => r.id) ?? []);
    const focusPlaces = new Set(state.focus?.refs.filter((r) => r.kind === 'place').map((r) => r.id) ?? []);
    let inRange = 0;
    for (const view of this.#views) {
      for (const mark of view.marks) {
        const id = mark.dataset['event'];
        const isSelected = selected?.kind === 'event' && selected.id === id;
        mark.classList.toggle('is-selected', isSelected);
        if (id) mark.setAttribute('aria-pressed', String(isSelected));
        const places = (mark.dataset['places'] ?? '').split(' ');
        mark.classList.toggle('is-linked', !isSelected && places.some((p) => linkedPlaces.has(p)));
        mark.classList.toggle('is-in-focus', (id !== undefined && focusEvents.has(id)) || places.some((p) => focusPlaces.has(p)));
        const inside = !range || (mark.dataset['start']! <= range.end && mark.dataset['end']! >= range.start);
        mark.classList.toggle('is-dimmed', !inside);
        if (inside && range && view === this.#views[0]) inRange++;
      }
    }
    for (const row of (this.parentElement ?? this).querySelectorAll<HTMLElement>('tr[data-event]')) {
      row.classList.toggle('is-selected', selected?.kind === 'event' && row.dataset['event'] === selected.id);
    }
    // An event chosen in another view: bring its mark into view inside the panel (never the page).
    if (selected?.kind === 'event' && selected.id !== this.#lastSelected) {
      const mark = [...this.querySelectorAll<SVGGElement>(`.tl-mark[data-event="${CSS.escape(selected.id)}"]`)].find((m) => m.getClientRects().length > 0);
      const scroller = this.closest<HTMLElement>('.panel-body, .report-panel');
      if (mark && scroller && scroller.scrollHeight > scroller.clientHeight) {
        const box = mark.getBoundingClientRect();
        const view = scroller.getBoundingClientRect();
        if (box.top < view.top || box.bottom > view.bottom) scroller.scrollBy({ top: box.top - view.top - view.height / 3, behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      }
    }
    this.#lastSelected = selected?.kind === 'event' ? selected.id : null;
    if (this.#clear) this.#clear.disabled = range === null;
    this.#syncBrush(range);
    this.#say(range ? `Range ${formatPeriod(range)}: ${inRange} of ${this.#views[0]?.marks.length ?? 0} marks` : '');
  }
}


if (!customElements.get('sitrep-timeline')) customElements.define('sitrep-timeline', SitrepTimeline);
