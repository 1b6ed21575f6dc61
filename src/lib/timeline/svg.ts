/**
 * The timeline as SVG markup, written by hand from the view model (D3 has no DOM at build
 * time). Every string from content is escaped. Elements that move with the time axis carry
 * `data-start` / `data-end` (calendar days) so the browser script can rescale them on zoom:
 * `tl-t` spans (x/width or y/height), `tl-c` day marks (cx or cy), `tl-l` labels (x or y).
 */
import type { Band, Box, Label, Mark, TimelineModel } from './model.ts';
import { FONT, LINE } from './model.ts';
import { LANES, type LaneId } from './lanes.ts';
import { escapeMarkup } from '../text/escape.ts';

/** Lane colours; hatch patterns need them as plain values. */
export const LANE_COLORS: Record<LaneId, string> = {
  attacks: '#a3241c',
  'outside-strikes': '#0b4f8a',
  developments: '#7a5b00',
  context: '#5d5d5d',
};

/** Colours of the histogram's countries, in order (largest first). */
export const COUNTRY_COLORS = ['#6d4c8f', '#c07a2b', '#2f7f79', '#8a8a8a', '#b0517a', '#4f7a2a'];

/** Escapes text for SVG text and attribute values. */
export const esc = escapeMarkup;

const n = (value: number) => String(Math.round(value * 10) / 10);

function attrs(record: Record<string, string | number | undefined>): string {
  return Object.entries(record)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(v as string | number)}"`)
    .join('');
}

export interface SvgOptions {
  /** Prefix for ids inside the SVG (patterns, clip paths), unique in the page. */
  idPrefix: string;
  /** Accessible name of the whole chart. */
  label: string;
}

/** Renders the model to an `<svg>` string. */
export function renderTimelineSvg(model: TimelineModel, options: SvgOptions): string {
  const p = options.idPrefix;
  const h = model.orientation === 'horizontal';
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      class: `tl-svg tl-${model.orientation}`,
      viewBox: `0 0 ${model.width} ${model.height}`,
      width: model.width,
      height: model.height,
      role: 'group',
      'aria-label': options.label,
      'data-orientation': model.orientation,
      'data-first': model.domain.start,
      'data-last': model.domain.end,
      'data-range': `${n(model.range[0])} ${n(model.range[1])}`,
      'font-size': FONT,
    })}>`,
  );
  out.push('<defs>');
  for (const lane of LANES) {
    out.push(
      `<pattern id="${esc(`${p}hatch-${lane.id}`)}" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect width="5" height="5" fill="${LANE_COLORS[lane.id]}" fill-opacity="0.18"/><rect width="2" height="5" fill="${LANE_COLORS[lane.id]}"/></pattern>`,
    );
  }
  out.push(`<pattern id="${esc(`${p}hatch-pub`)}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(-45)"><rect width="1.5" height="6" fill="#8a1c1c" fill-opacity="0.35"/></pattern>`);
  const clip = h ? { x: model.range[0], y: 0, w: model.range[1] - model.range[0], h: model.height } : { x: 0, y: model.range[0] - 12, w: model.width, h: model.range[1] - model.range[0] + 12 };
  out.push(`<clipPath id="${esc(`${p}clip`)}"><rect${boxAttrs(clip)}/></clipPath>`);
  out.push('</defs>');
  out.push(`<g class="tl-plot" clip-path="url(#${esc(`${p}clip`)})">`);
  for (const era of model.eras) out.push(band(era, 'tl-era', h));
  out.push(band(model.published, `tl-published${model.published.approximate ? ' tl-approx' : ''}`, h, model.published.approximate ? `url(#${p}hatch-pub)` : undefined));
  out.push(gridMarkup(model, h));
  for (const tally of model.tallies) out.push(band(tally, 'tl-tally', h));
  if (model.histogram) out.push(histogramMarkup(model));
  out.push(`<g class="tl-marks">`);
  for (const mark of model.marks) out.push(markMarkup(mark, model, p, h));
  out.push('</g></g>');
  out.push(`<g class="tl-labels-fixed" aria-hidden="true">`);
  if (h) for (const lane of model.lanes) out.push(`<text class="tl-lane-name" x="4" y="${n(lane.box.y + 11)}">${esc(lane.name)}</text>`);
  for (const era of model.eras) if (era.label) out.push(labelMarkup(era.label, 'tl-era-label', null));
  if (model.published.label) out.push(labelMarkup(model.published.label, 'tl-published-label', null));
  if (model.histogram) {
    const b = model.histogram.box;
    const text = `Incidents per ${model.histogram.unit}, by country (max ${Math.round(model.histogram.max)})`;
    out.push(h ? `<text class="tl-hist-title" x="4" y="${n(b.y - 3)}">${esc(text)}</text>` : '');
  }
  out.push('</g>');
  out.push('</svg>');
  return out.join('');
}

function boxAttrs(box: Box): string {
  return attrs({ x: n(box.x), y: n(box.y), width: n(Math.max(0, box.w)), height: n(Math.max(0, box.h)) });
}

function timeAttrs(start: string, end: string, inset = 0): string {
  return attrs({ 'data-start': start, 'data-end': end, 'data-inset': inset || undefined });
}

function band(item: Band, cls: string, h: boolean, fill?: string): string {
  const label = item.label && cls.startsWith('tl-tally') ? labelMarkup(item.label, 'tl-band-label', h ? item.start : null, h ? item.label.x - item.box.x : 0) : '';
  return `<g${attrs({ class: cls, role: 'img', 'aria-label': item.name, 'data-key': item.key })}><title>${esc(item.name)}</title><rect class="tl-t"${timeAttrs(item.start, item.end)}${boxAttrs(item.box)}${fill ? ` fill="${esc(fill)}"` : ''}/>${label}</g>`;
}

function labelMarkup(label: Label, cls: string, start: string | null, dx = 0, anchor?: 'mid'): string {
  const leader = label.from ? `<path class="tl-leader" d="M${n(label.from.x)},${n(label.from.y)}L${n(label.x - 4)},${n(label.y - 4)}"/>` : '';
  const time = start ? attrs({ 'data-start': start, 'data-dx': n(dx), 'data-anchor': anchor }) : '';
  return `${leader}<text class="${esc(`${cls}${start ? ' tl-l' : ''}`)}"${time}${label.end ? ' text-anchor="end"' : ''} x="${n(label.x)}" y="${n(label.y)}">${lines(label)}</text>`;
}

function lines(label: Label): string {
  if (!label.lines) return esc(label.text);
  return label.lines.map((line, i) => `<tspan x="${n(label.x)}"${i ? ` dy="${LINE}"` : ''}>${esc(line)}</tspan>`).join('');
}

function gridMarkup(model: TimelineModel, h: boolean): string {
  const out = ['<g class="tl-grid" aria-hidden="true">'];
  for (const tick of model.ticks) {
    if (h) {
      out.push(`<line class="tl-tick${tick.major ? ' tl-major' : ''}" x1="${n(tick.position)}" x2="${n(tick.position)}" y1="30" y2="${model.height}"/>`);
      out.push(`<text class="tl-tick-label" x="${n(tick.position + 2)}" y="27">${esc(tick.label)}</text>`);
    } else {
      out.push(`<line class="tl-tick${tick.major ? ' tl-major' : ''}" x1="44" x2="${model.width}" y1="${n(tick.position)}" y2="${n(tick.position)}"/>`);
      out.push(`<text class="tl-tick-label" x="42" y="${n(tick.position + 4)}" text-anchor="end">${esc(tick.label)}</text>`);
    }
  }
  out.push('</g>');
  return out.join('');
}

function histogramMarkup(model: TimelineModel): string {
  const hist = model.histogram!;
  const label = `Histogram: incidents per ${hist.unit}, stacked by country (${hist.countries.map((c) => c.name).join(', ')})`;
  const out = [`<g class="tl-hist" role="img" aria-label="${esc(label)}">`];
  for (const bar of hist.bars) {
    out.push(`<g class="tl-hist-bar${bar.approximate ? ' tl-approx' : ''}"><title>${esc(bar.name)}</title>`);
    for (const s of bar.segments) {
      const color = COUNTRY_COLORS[s.country % COUNTRY_COLORS.length];
      out.push(`<rect class="tl-t"${timeAttrs(bar.start, bar.end, 0.5)}${boxAttrs(s)} fill="${color}"/>`);
    }
    out.push('</g>');
  }
  out.push('</g>');
  return out.join('');
}

function markMarkup(mark: Mark, model: TimelineModel, p: string, h: boolean): string {
  const classes = ['tl-mark', `lane-${mark.lane}`, `shape-${mark.shape}`, `precision-${mark.precision}`, `confidence-${mark.confidence || 'mixed'}`];
  const head = `<g${attrs({
    class: classes.join(' '),
    'data-event': mark.events.length === 1 && mark.shape !== 'bin' ? mark.key : undefined,
    'data-bin': mark.shape === 'bin' ? mark.key : undefined,
    'data-order': mark.order,
    'data-start': mark.start,
    'data-end': mark.end,
    'data-places': mark.places.length ? mark.places.join(' ') : undefined,
    'data-date': mark.dateText,
    role: 'img',
    'aria-label': mark.name,
  })}><title>${esc(mark.name)}</title>`;
  const color = LANE_COLORS[mark.lane];
  const b = mark.box;
  let shape: string;
  if (mark.shape === 'day') {
    const cx = b.x + b.w / 2;
    const cy = b.y + b.h / 2;
    shape = `<circle class="tl-c tl-shape"${attrs({ 'data-start': mark.start, 'data-end': mark.end })} cx="${n(cx)}" cy="${n(cy)}" r="5" fill="${color}"/>`;
  } else {
    const approximate = mark.precision !== 'day';
    const opacity = mark.shape === 'bin' ? Math.min(1, 0.3 + mark.count / Math.max(1, maxCount(model))) : undefined;
    const fill = approximate && mark.shape !== 'bin' ? `url(#${p}hatch-${mark.lane})` : color;
    shape = `<rect class="tl-t tl-shape${approximate ? ' tl-approx' : ''}"${timeAttrs(mark.start, mark.end)}${boxAttrs(b)}${attrs({ fill, stroke: color, 'fill-opacity': opacity === undefined ? undefined : n(opacity) })}/>`;
    if (mark.clipStart) shape += h ? `<path class="tl-clip-arrow" d="M${n(b.x + 6)},${n(b.y - 1)}L${n(b.x + 1)},${n(b.y + b.h / 2)}L${n(b.x + 6)},${n(b.y + b.h + 1)}" stroke="${color}"/>` : `<path class="tl-clip-arrow" d="M${n(b.x - 1)},${n(b.y + 6)}L${n(b.x + b.w / 2)},${n(b.y + 1)}L${n(b.x + b.w + 1)},${n(b.y + 6)}" stroke="${color}"/>`;
  }
  const label = mark.label ? labelMarkup(mark.label, 'tl-mark-label', h ? mark.start : null, h ? mark.label.x - (mark.shape === 'day' ? b.x + b.w / 2 : b.x) : 0, mark.shape === 'day' ? 'mid' : undefined) : '';
  return `${head}${shape}${label}</g>`;
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
