/**
 * One timeline SVG in the browser: its marks, its time scale, and redrawing the time-bound
 * elements when the visible span changes (zoom). Positions come from the calendar days the
 * build wrote on each element; labels follow their marks and hide when they would collide or
 * leave the plot. The ticks are redrawn with the build's own axis code.
 */
import { brushX, brushY, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { axisTicks } from '../../lib/timeline/axis.ts';
import { dayScale, type DayScale } from '../../lib/timeline/scale.ts';
import type { AxisSpec } from '../../lib/timeline/types.ts';
import type { DaySpan } from '../../lib/timeline/zoom.ts';
import { readMarks, type MarkRecord } from './marks.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

interface Follower {
  el: SVGGElement;
  day: string;
  at: 'start' | 'mid';
  /** Where the label's anchor was built, and the label's box then (SVG units). */
  built: number;
  box: DOMRect | null;
}

export class TimelineView {
  readonly svg: SVGSVGElement;
  readonly horizontal: boolean;
  readonly marks: MarkRecord[];
  readonly whole: DaySpan;
  scale: DayScale;
  readonly #range: [number, number];
  readonly #axis: AxisSpec;
  readonly #followers: Follower[];
  readonly #brush: BrushBehavior<unknown>;
  readonly #brushLayer: SVGGElement;
  #quiet = false;

  constructor(svg: SVGSVGElement, onBrush: (view: TimelineView, range: DaySpan | null, done: boolean) => void) {
    this.svg = svg;
    this.horizontal = svg.dataset['orientation'] !== 'vertical';
    this.whole = { start: svg.dataset['first'] ?? '', end: svg.dataset['last'] ?? '' };
    this.#range = (svg.dataset['range'] ?? '0 1').split(' ').map(Number) as [number, number];
    this.#axis = JSON.parse(svg.dataset['axis'] ?? '{}') as AxisSpec;
    this.scale = dayScale(this.whole.start, this.whole.end, this.#range[0], this.#range[1]);
    this.marks = readMarks(svg);
    const initial = this.scale;
    this.#followers = [...svg.querySelectorAll<SVGGElement>('.tl-l')].map((el) => {
      const day = el.dataset['day'] ?? this.whole.start;
      const at = el.dataset['at'] === 'mid' ? 'mid' : 'start';
      return { el, day, at, built: at === 'mid' ? initial.mid(day) : initial.start(day), box: null };
    });
    // The brush lies under the marks, so pointing at a mark still reaches it. On the vertical
    // (phone) layout it covers only the date gutter, so a swipe elsewhere scrolls the page.
    const [bx, by, bw, bh] = (svg.dataset['brush'] ?? '0 0 0 0').split(' ').map(Number) as [number, number, number, number];
    this.#brushLayer = document.createElementNS(SVG_NS, 'g');
    this.#brushLayer.setAttribute('class', 'tl-brush');
    this.#brushLayer.setAttribute('aria-hidden', 'true');
    svg.querySelector('.tl-plot')?.insertBefore(this.#brushLayer, svg.querySelector('.tl-marks'));
    this.#brush = (this.horizontal ? brushX() : brushY())
      .extent([
        [bx, by],
        [bx + bw, by + bh],
      ])
      .on('brush end', (event: D3BrushEvent<unknown>) => {
        if (this.#quiet || !event.sourceEvent) return;
        const selection = event.selection as [number, number] | null;
        if (!selection) return onBrush(this, null, event.type === 'end');
        const a = this.scale.dayAt(selection[0]);
        const b = this.scale.dayAt(Math.max(selection[0], selection[1] - 0.01));
        onBrush(this, a <= b ? { start: a, end: b } : { start: b, end: a }, event.type === 'end');
      });
    select(this.#brushLayer).call(this.#brush);
  }

  /** True when the SVG is laid out (not the hidden one of the two orientations). */
  get shown(): boolean {
    return this.svg.getClientRects().length > 0;
  }

  /** The day under a client coordinate along the time axis, and where it sits in the visible span (0 to 1). */
  dayAtClient(client: number): { day: string; at: number } {
    const box = this.svg.getBoundingClientRect();
    const k = Number(this.svg.getAttribute(this.horizontal ? 'width' : 'height')) / (this.horizontal ? box.width : box.height);
    const position = (client - (this.horizontal ? box.left : box.top)) * k;
    const [r0, r1] = this.#range;
    return { day: this.scale.dayAt(position), at: Math.min(1, Math.max(0, (position - r0) / (r1 - r0))) };
  }

  /** Shows the days of `span` across the time axis. */
  rescale(span: DaySpan): void {
    this.scale = dayScale(span.start, span.end, this.#range[0], this.#range[1]);
    const scale = this.scale;
    const [lo, hi] = [Math.min(...this.#range), Math.max(...this.#range)];
    const h = this.horizontal;
    for (const el of this.svg.querySelectorAll<SVGGraphicsElement>('.tl-t')) {
      const inset = Number(el.dataset['inset'] ?? 0);
      const [a, b] = scale.span(el.dataset['start']!, el.dataset['end']!);
      const from = Math.max(lo, a);
      const to = Math.min(hi, b);
      el.setAttribute(h ? 'x' : 'y', String(from + inset));
      el.setAttribute(h ? 'width' : 'height', String(Math.max(0, to - from - 2 * inset)));
    }
    for (const el of this.svg.querySelectorAll<SVGCircleElement>('.tl-c')) {
      const at = scale.mid(el.dataset['start']!);
      el.setAttribute(h ? 'cx' : 'cy', String(at));
      el.style.visibility = at < lo || at > hi ? 'hidden' : '';
    }
    for (const el of this.svg.querySelectorAll<SVGPathElement>('.tl-b')) el.setAttribute('d', this.#bracketPath(el, scale, lo, hi));
    this.#moveLabels(scale, lo, hi);
    this.#drawTicks(span);
  }

  #bracketPath(el: SVGPathElement, scale: DayScale, lo: number, hi: number): string {
    const [x, y, w, hgt] = (el.dataset['box'] ?? '0 0 0 0').split(' ').map(Number) as [number, number, number, number];
    const [a, b] = scale.span(el.dataset['start']!, el.dataset['end']!);
    const from = Math.max(lo, a);
    const to = Math.min(hi, b);
    if (to <= from) return '';
    if (this.horizontal) return `M${from},${y + hgt}V${y}H${to}V${y + hgt}`;
    const rtl = this.svg.dataset['direction'] === 'rtl';
    return rtl ? `M${x + w},${from}H${x}V${to}H${x + w}` : `M${x},${from}H${x + w}V${to}H${x}`;
  }

  /** Labels move with their marks; one that would leave the plot or overlap a label before it hides. */
  #moveLabels(scale: DayScale, lo: number, hi: number): void {
    const h = this.horizontal;
    const placed: DOMRect[] = [];
    const height = Number(this.svg.getAttribute('height'));
    let moved = false;
    for (const f of this.#followers) {
      const delta = (f.at === 'mid' ? scale.mid(f.day) : scale.start(f.day)) - f.built;
      if (Math.abs(delta) > 0.01) moved = true;
      f.el.setAttribute('transform', h ? `translate(${delta},0)` : `translate(0,${delta})`);
    }
    for (const f of this.#followers) {
      if (!moved) {
        f.el.style.visibility = '';
        continue;
      }
      f.box ??= f.el.getBBox();
      const transform = f.el.transform.baseVal.consolidate()?.matrix;
      const box = new DOMRect(f.box.x + (transform?.e ?? 0), f.box.y + (transform?.f ?? 0), f.box.width, f.box.height);
      // Horizontal labels stay within the plot (the clip path); vertical ones within the picture.
      const inside = h ? box.left >= lo - 0.5 && box.right <= hi + 0.5 : box.top >= 0 && box.bottom <= height;
      const clear = inside && placed.every((other) => box.right <= other.left + 1 || other.right <= box.left + 1 || box.bottom <= other.top + 1 || other.bottom <= box.top + 1);
      f.el.style.visibility = clear ? '' : 'hidden';
      if (clear) placed.push(box);
    }
  }

  #drawTicks(span: DaySpan): void {
    const grid = this.svg.querySelector('.tl-grid');
    if (!grid || !this.#axis.orientation) return;
    const h = this.horizontal;
    const rtl = this.#axis.direction === 'rtl';
    const width = Number(this.svg.getAttribute('width'));
    const height = Number(this.svg.getAttribute('height'));
    const [bx, by, bw] = (this.svg.dataset['brush'] ?? '0 0 0 0').split(' ').map(Number) as [number, number, number, number];
    const nodes: Element[] = [];
    for (const tick of axisTicks(span.start, span.end, this.#axis)) {
      const line = document.createElementNS(SVG_NS, 'line');
      line.setAttribute('class', `tl-tick${tick.major ? ' tl-major' : ''}`);
      const ends = h ? [tick.position, tick.position, by, height] : rtl ? [0, bx, tick.position, tick.position] : [bx + bw, width, tick.position, tick.position];
      ['x1', 'x2', 'y1', 'y2'].forEach((name, i) => line.setAttribute(name, String(ends[i])));
      nodes.push(line);
      if (!tick.labelBox) continue;
      const text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('class', 'tl-tick-label');
      text.setAttribute('font-size', '10');
      text.setAttribute('x', String(rtl ? tick.labelBox.x + tick.labelBox.w : tick.labelBox.x));
      text.setAttribute('y', String(tick.labelBox.y + 9.5));
      text.textContent = tick.label;
      nodes.push(text);
    }
    grid.replaceChildren(...nodes);
  }

  /** Shows `range` as the brush's selection, without reporting it back. */
  syncBrush(range: DaySpan | null): void {
    this.#quiet = true;
    const layer = select(this.#brushLayer);
    if (range) {
      const [a, b] = this.scale.span(range.start, range.end);
      this.#brush.move(layer, [a, b]);
    } else this.#brush.move(layer, null);
    this.#quiet = false;
  }
}
