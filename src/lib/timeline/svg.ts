/**
 * The timeline as SVG, built as a hast tree with hastscript (every string from content is
 * a text node or an attribute value, so it is escaped by construction) and serialised with
 * hast-util-to-html. Elements that move with the time axis carry calendar days, so the
 * browser can redraw them on zoom: `tl-t` spans (x/width or y/height from `data-start` and
 * `data-end`), `tl-c` day marks (cx or cy), `tl-b` brackets (path), `tl-l` labels
 * (translated with `data-day`, placed at `data-at`).
 */
import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { FONT, LINE, SMALL, SMALL_LINE, type Box, type Bracket, type Label, type Mark, type TimelineModel } from './types.ts';

/** Colours of the histogram's countries, in order (largest first). */
export const COUNTRY_COLORS = ['#6d4c8f', '#b86a1d', '#2f7f79', '#8a8a8a', '#b0517a', '#4f7a2a'];

export interface SvgOptions {
  /** Prefix for ids inside the SVG (gradients, clip paths), unique in the page. */
  idPrefix: string;
  /** Accessible name of the whole chart. */
  label: string;
}

const n = (value: number) => String(Math.round(value * 10) / 10);

/** Renders the model to an `<svg>` string. */
export function renderTimelineSvg(model: TimelineModel, options: SvgOptions): string {
  return toHtml(timelineTree(model, options), { space: 'svg', closeEmptyElements: true });
}

/** The model as a hast `<svg>` element. */
export function timelineTree(model: TimelineModel, options: SvgOptions): Element {
  const p = options.idPrefix;
  const h = model.orientation === 'horizontal';
  const rtl = model.direction === 'rtl';
  const ctx: Ctx = { model, p, h, rtl, first: firstMark(model) };
  const [lo, hi] = [Math.min(...model.range), Math.max(...model.range)];
  const clip = h ? { x: lo, y: 0, w: hi - lo, h: model.height } : { x: 0, y: 0, w: model.width, h: model.height };
  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `tl-svg tl-${model.orientation} tl-${model.variant}`,
      viewBox: `0 0 ${model.width} ${model.height}`,
      width: model.width,
      height: model.height,
      role: 'group',
      'aria-label': options.label,
      direction: rtl ? 'rtl' : undefined,
      'data-orientation': model.orientation,
      'data-direction': model.direction,
      'data-first': model.domain.start,
      'data-last': model.domain.end,
      'data-range': `${n(model.range[0])} ${n(model.range[1])}`,
      'data-brush': [model.brush.x, model.brush.y, model.brush.w, model.brush.h].map(n).join(' '),
      'data-axis': JSON.stringify(model.axis),
      'font-size': FONT,
    },
    [
      s('defs', [...gradients(ctx), s('clipPath', { id: `${p}clip` }, [s('rect', boxProps(clip))])]),
      backdrop(ctx),
      grid(ctx),
      s('g', { class: 'tl-plot', 'clip-path': `url(#${p}clip)` }, [
        ...model.brackets.map((b) => bracket(ctx, b)),
        ...(model.histogram ? [histogram(ctx)] : []),
        s(
          'g',
          { class: 'tl-marks' },
          model.marks.map((mark) => markTree(ctx, mark)),
        ),
      ]),
      fixedLabels(ctx),
    ],
  );
}

interface Ctx {
  model: TimelineModel;
  p: string;
  h: boolean;
  rtl: boolean;
  /** The mark that is in the tab order before the script runs (the first in date order). */
  first: Mark | undefined;
}

function firstMark(model: TimelineModel): Mark | undefined {
  return model.marks.find((m) => m.order === 0);
}

function boxProps(box: Box) {
  return { x: n(box.x), y: n(box.y), width: n(Math.max(0, box.w)), height: n(Math.max(0, box.h)) };
}

/** Faded ends for ranges known only roughly: one gradient per lane colour. */
function gradients({ model, p, h }: Ctx): Element[] {
  return model.lanes.map((lane) =>
    s('linearGradient', { id: `${p}fade-${lane.id}`, x1: 0, y1: 0, x2: h ? 1 : 0, y2: h ? 0 : 1 }, [
      s('stop', { offset: 0, 'stop-color': lane.color, 'stop-opacity': 0.08 }),
      s('stop', { offset: 0.25, 'stop-color': lane.color, 'stop-opacity': 0.7 }),
      s('stop', { offset: 0.75, 'stop-color': lane.color, 'stop-opacity': 0.7 }),
      s('stop', { offset: 1, 'stop-color': lane.color, 'stop-opacity': 0.08 }),
    ]),
  );
}

/** Lane rules and the publication date's faint band. */
function backdrop({ model, h }: Ctx): Element {
  const pub = model.published;
  const children: ElementContent[] = pub.shown
    ? [s('rect', { class: `tl-published tl-t${pub.approximate ? ' tl-approx' : ''}`, 'data-start': pub.start, 'data-end': pub.end, ...boxProps(pub.box) }, [s('title', pub.name)])]
    : [];
  if (h) for (const lane of model.lanes.slice(1)) children.push(s('line', { class: 'tl-lane-rule', x1: 0, x2: model.width, y1: n(lane.box.y - 2), y2: n(lane.box.y - 2) }));
  else for (const lane of model.lanes) children.push(s('rect', { class: 'tl-lane-column', ...boxProps(lane.box) }));
  return s('g', { class: 'tl-backdrop', 'aria-hidden': 'true' }, children);
}

function grid({ model, h }: Ctx): Element {
  const children: ElementContent[] = [];
  const [lo, hi] = h ? [model.brush.y, model.height] : model.direction === 'rtl' ? [0, model.brush.x] : [model.brush.x + model.brush.w, model.width];
  for (const tick of model.ticks) {
    const line = h ? { x1: n(tick.position), x2: n(tick.position), y1: n(lo), y2: n(hi) } : { y1: n(tick.position), y2: n(tick.position), x1: n(lo), x2: n(hi) };
    children.push(s('line', { class: `tl-tick${tick.major ? ' tl-major' : ''}`, ...line }));
    if (tick.labelBox) children.push(textTree({ lines: [tick.label], box: tick.labelBox }, 'tl-tick-label', SMALL, SMALL_LINE, model.direction === 'rtl'));
  }
  return s('g', { class: 'tl-grid', 'aria-hidden': 'true' }, children);
}

/** A block of text: one `<text>` with a `<tspan>` per line, anchored at the box's inline start. */
function textTree(label: Label, cls: string, size: number, lineHeight: number, rtl: boolean, extra: Record<string, string | undefined> = {}): Element {
  const x = n(rtl ? label.box.x + label.box.w : label.box.x);
  const ascent = Math.round(size * 0.95 * 10) / 10;
  const lines: ElementContent[] = [];
  label.lines.forEach((line, i) => {
    if (i > 0) lines.push({ type: 'text', value: ' ' });
    lines.push(s('tspan', { x, y: n(label.box.y + ascent + i * lineHeight) }, line));
  });
  return s('text', { class: cls, x, y: n(label.box.y + ascent), 'font-size': size === FONT ? undefined : size, ...extra }, lines);
}

/** Where a label follows its mark on zoom: the day it hangs from, and whether from the day's start or middle. */
function follow(ctx: Ctx, day: string, at: 'start' | 'mid'): Record<string, string> {
  const clamped = day < ctx.model.domain.start ? ctx.model.domain.start : day;
  return { 'data-day': clamped, 'data-at': at };
}

function bracket(ctx: Ctx, b: Bracket): Element {
  const { h, model } = ctx;
  const box = b.box;
  // A bracket opens towards the lanes: down (horizontal) or towards the inline start (vertical).
  const d = h
    ? `M${n(box.x)},${n(box.y + box.h)}V${n(box.y)}H${n(box.x + box.w)}V${n(box.y + box.h)}`
    : model.direction === 'rtl'
      ? `M${n(box.x + box.w)},${n(box.y)}H${n(box.x)}V${n(box.y + box.h)}H${n(box.x + box.w)}`
      : `M${n(box.x)},${n(box.y)}H${n(box.x + box.w)}V${n(box.y + box.h)}H${n(box.x)}`;
  const children: ElementContent[] = [s('title', b.name), s('path', { class: 'tl-b', d, 'data-start': b.start, 'data-end': b.end, 'data-box': [box.x, box.y, box.w, box.h].map(n).join(' ') })];
  if (b.label) {
    const key = h ? null : s('path', { class: 'tl-key', d: keyBracket(ctx, b.label) });
    children.push(s('g', { class: 'tl-l', ...follow(ctx, b.start, 'start') }, [...(key ? [key] : []), textTree(b.label, 'tl-bracket-label', SMALL, SMALL_LINE, ctx.rtl)]));
  }
  return s('g', { class: 'tl-bracket', role: 'img', 'aria-label': b.name, 'data-key': b.key }, children);
}

/** A small bracket before a label in the vertical layout's label column. */
function keyBracket(ctx: Ctx, label: Label): string {
  const y = label.box.y + 2;
  const x = ctx.rtl ? label.box.x + label.box.w + 6 : label.box.x - 6;
  const dx = ctx.rtl ? -3 : 3;
  return `M${n(x + dx)},${n(y)}H${n(x)}V${n(y + 8)}H${n(x + dx)}`;
}

function histogram({ model }: Ctx): Element {
  const hist = model.histogram!;
  return s(
    'g',
    { class: 'tl-hist', role: 'img', 'aria-label': hist.name },
    hist.bars.map((bar) =>
      s('g', { class: 'tl-hist-bar' }, [
        s('title', bar.name),
        ...bar.segments.map((seg) => s('rect', { class: 'tl-t', 'data-start': bar.start, 'data-end': bar.end, 'data-inset': '0.5', ...boxProps(seg), fill: COUNTRY_COLORS[seg.country % COUNTRY_COLORS.length] })),
      ]),
    ),
  );
}

function markTree(ctx: Ctx, mark: Mark): Element {
  const { model, p, h } = ctx;
  const lane = model.lanes.find((l) => l.id === mark.lane);
  const color = lane?.color ?? '#555';
  const b = mark.box;
  const classes = ['tl-mark', `lane-${mark.lane}`, `shape-${mark.shape}`, `precision-${mark.precision}`, `confidence-${mark.confidence || 'mixed'}`];
  const time = { 'data-start': mark.start, 'data-end': mark.end };
  const shapes: ElementContent[] = [];
  if (mark.shape === 'day') {
    const r = model.variant === 'compact' || !h ? 4 : 5;
    shapes.push(s('circle', { class: 'tl-shape tl-c', ...time, cx: n(b.x + b.w / 2), cy: n(b.y + b.h / 2), r, fill: color }));
  } else {
    const rough = mark.precision !== 'day';
    const fill = mark.shape === 'range' && rough ? `url(#${p}fade-${mark.lane})` : color;
    const opacity = mark.shape === 'bin' ? n(Math.min(1, 0.35 + mark.count / maxCount(model))) : undefined;
    shapes.push(s('rect', { class: `tl-shape tl-t${rough ? ' tl-rough' : ''}`, ...time, ...boxProps(b), fill, 'fill-opacity': opacity, stroke: rough ? 'none' : undefined }));
    if (mark.clipStart) shapes.push(s('path', { class: 'tl-clip-arrow', d: arrow(ctx, b), stroke: color }));
  }
  if (mark.label) {
    const at = mark.shape === 'day' ? 'mid' : 'start';
    const key = h ? [] : [keyFor(ctx, mark, mark.label, color)];
    shapes.push(s('g', { class: 'tl-l', ...follow(ctx, mark.start, at) }, [...key, textTree(mark.label, 'tl-mark-label', FONT, LINE, ctx.rtl)]));
  }
  const single = mark.events.length === 1 && mark.shape !== 'bin';
  return s(
    'g',
    {
      class: classes.join(' '),
      'data-event': single ? mark.key : undefined,
      'data-bin': mark.shape === 'bin' ? mark.key : undefined,
      'data-order': mark.order,
      ...time,
      'data-places': mark.places.length ? mark.places.join(' ') : undefined,
      'data-date': mark.dateText,
      'data-title': mark.text,
      'data-confidence': mark.confidence || undefined,
      role: 'img',
      'aria-label': mark.name,
      // One mark is in the tab order before the script runs, so Tab reaches the timeline without it.
      tabindex: mark === ctx.first ? '0' : undefined,
    },
    [s('title', mark.name), ...shapes],
  );
}

/** A small sign before a label in the vertical layout: a dot for a day, a bar for a range. */
function keyFor(ctx: Ctx, mark: Mark, label: Label, color: string): Element {
  const y = label.box.y + LINE / 2;
  const x = ctx.rtl ? label.box.x + label.box.w + 5 : label.box.x - 5;
  if (mark.shape === 'day') return s('circle', { class: 'tl-key', cx: n(x), cy: n(y - 1), r: 3, fill: color });
  return s('rect', { class: 'tl-key', x: n(x - 1.5), y: n(y - 6), width: 3, height: 10, fill: color, 'fill-opacity': mark.precision === 'day' ? undefined : 0.6 });
}

/** A chevron at a range's start when it begins before the drawn period. */
function arrow({ h, rtl }: Ctx, b: Box): string {
  if (!h) return `M${n(b.x - 1)},${n(b.y + 6)}L${n(b.x + b.w / 2)},${n(b.y + 1)}L${n(b.x + b.w + 1)},${n(b.y + 6)}`;
  if (rtl) return `M${n(b.x + b.w - 6)},${n(b.y - 1)}L${n(b.x + b.w - 1)},${n(b.y + b.h / 2)}L${n(b.x + b.w - 6)},${n(b.y + b.h + 1)}`;
  return `M${n(b.x + 6)},${n(b.y - 1)}L${n(b.x + 1)},${n(b.y + b.h / 2)}L${n(b.x + 6)},${n(b.y + b.h + 1)}`;
}

/** Text that does not move with the time axis: lane names, the publication date, the histogram's title and note. */
function fixedLabels(ctx: Ctx): Element {
  const { model, rtl } = ctx;
  const children: ElementContent[] = [];
  for (const lane of model.lanes) if (lane.label) children.push(textTree(lane.label, 'tl-lane-name', SMALL, SMALL_LINE, rtl));
  const pub = model.published.label;
  if (pub) {
    const key = model.orientation === 'vertical' ? [s('rect', { class: 'tl-key tl-published-key', x: n(rtl ? pub.box.x + pub.box.w + 3 : pub.box.x - 7), y: n(pub.box.y + 1), width: 4, height: 9 })] : [];
    const text = textTree(pub, 'tl-published-label', SMALL, SMALL_LINE, rtl);
    // Set beside its band on the vertical axis, it moves with the band when the reader zooms, and gives way to
    // the events' labels; above the horizontal axis it has a row of its own.
    if (model.orientation === 'vertical') children.push(s('g', { class: 'tl-l', ...follow(ctx, model.published.start, 'start') }, [...key, text]));
    else children.push(text);
  }
  const hist = model.histogram;
  if (hist?.titleLabel) children.push(textTree(hist.titleLabel, 'tl-hist-title', SMALL, SMALL_LINE, rtl));
  if (hist?.noteLabel) children.push(textTree(hist.noteLabel, 'tl-hist-note', SMALL, SMALL_LINE, rtl));
  return s('g', { class: 'tl-fixed', 'aria-hidden': 'true' }, children);
}

const maxCache = new WeakMap<TimelineModel, number>();
function maxCount(model: TimelineModel): number {
  let value = maxCache.get(model);
  if (value === undefined) {
    value = Math.max(1, ...model.marks.map((m) => m.count));
    maxCache.set(model, value);
  }
  return value;
}
