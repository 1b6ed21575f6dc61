/**
 * The timeline view model: everything the SVG needs (scale, ticks, lanes, marks,
 * range bars, tallies, eras, publication date, histogram, labels), computed from a
 * report in Node. Positions are final SVG coordinates for the chosen orientation:
 * `horizontal` (time runs left to right; desktops) or `vertical` (top to bottom; phones).
 */
import type { Report } from '../schema/report.ts';
import type { DatePrecision, DateSpec } from '../schema/common.ts';
import { daysBetween, endOf, formatDateSpec, formatPeriod, startOf } from '../time/calendar.ts';
import { tallyFigure } from '../view/summary.ts';
import { histogram, type Histogram } from './histogram.ts';
import { fitLines, fitText, packRows, placeAlong, textWidth, type Span } from './labels.ts';
import { LANES, isViolentLane, laneNames, laneOf, type LaneId } from './lanes.ts';
import { dayScale, ticks, type DayScale, type Tick } from './scale.ts';
import { countryName } from './countries.ts';

export type Orientation = 'horizontal' | 'vertical';
export type TimelineInput = Pick<Report, 'title' | 'events' | 'places' | 'actors' | 'tallies' | 'period' | 'published'>;

export interface TimelineOptions {
  orientation?: Orientation;
  /** Width of the SVG's viewBox. */
  width?: number;
  /** Above this many events, marks bin per lane and day/week (labels thin out). */
  denseThreshold?: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Label {
  text: string;
  /** The text broken into lines (vertical layout), when it takes more than one. */
  lines?: string[] | undefined;
  x: number;
  y: number;
  /** The text ends at `x` (placed left of its mark). */
  end?: boolean | undefined;
  /** Where a leader line starts (vertical layout), when the label sits away from its mark. */
  from?: { x: number; y: number } | undefined;
}

export interface Mark {
  /** Event id, or `bin-<lane>-<start>` for a bin of several events. */
  key: string;
  /** Ids of the events the mark stands for. */
  events: string[];
  lane: LaneId;
  shape: 'day' | 'range' | 'bin';
  /** How exactly the dates are known; anything but `day` is drawn as approximate. */
  precision: DatePrecision;
  start: string;
  end: string;
  /** Accessible name, e.g. `26 October 2023: U.S. airstrikes against Iranian militias in Deir ez-Zor`. */
  name: string;
  title: string;
  dateText: string;
  confidence: string;
  places: string[];
  count: number;
  /** Position in date order (keyboard navigation). */
  order: number;
  /** The mark's extent: a day's cell, a range bar, or a bin. */
  box: Box;
  /** The range begins before / ends after the drawn period. */
  clipStart: boolean;
  clipEnd: boolean;
  label: Label | null;
}

export interface Band {
  key: string;
  name: string;
  start: string;
  end: string;
  box: Box;
  label: Label | null;
  approximate: boolean;
}

export interface HistogramView {
  unit: Histogram['unit'];
  countries: { code: string; name: string }[];
  max: number;
  box: Box;
  bars: { start: string; end: string; name: string; approximate: boolean; segments: (Box & { country: number })[] }[];
}

export interface TimelineModel {
  orientation: Orientation;
  width: number;
  height: number;
  /** The drawn period, inclusive. */
  domain: { start: string; end: string };
  /** The time axis' extent in SVG units: [from, to] along x (horizontal) or y (vertical). */
  range: [number, number];
  dense: boolean;
  ticks: Tick[];
  lanes: { id: LaneId; name: string; box: Box; labeled: boolean }[];
  eras: Band[];
  published: Band;
  tallies: Band[];
  histogram: HistogramView | null;
  marks: Mark[];
  /** Marks the layout had to leave unlabeled. */
  thinned: number;
}

export const FONT = 11;
const ROW = 24;
/** Line height of labels in the vertical layout. */
export const LINE = 13;
const LANE_HEAD = 16;
const HIST = 48;
const MAX_LABEL = 330;
const MAX_ERAS = 3;

interface Item {
  key: string;
  events: string[];
  lane: LaneId;
  shape: Mark['shape'];
  precision: DatePrecision;
  start: string;
  end: string;
  name: string;
  title: string;
  dateText: string;
  confidence: string;
  places: string[];
  count: number;
}

/** Builds the view model; see the module comment. */
export function buildTimeline(report: TimelineInput, options: TimelineOptions = {}): TimelineModel {
  const orientation = options.orientation ?? 'horizontal';
  const width = options.width ?? (orientation === 'horizontal' ? 640 : 360);
  const domain = {
    start: min(report.period.start, startOf(report.published)),
    end: max(report.period.end, endOf(report.published)),
  };
  const dense = report.events.length > (options.denseThreshold ?? 300);
  const items = orderItems(dense ? binItems(report, domain) : eventItems(report));
  const hist = histogram(countables(report), domain.start, domain.end);
  const hasHistogram = dense || report.events.some((e) => e.count !== undefined);
  const layout = orientation === 'horizontal' ? layoutHorizontal : layoutVertical;
  return layout({ report, items, domain, dense, width, hist: hasHistogram ? hist : null });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function precisionOf(spec: DateSpec): DatePrecision {
  return typeof spec === 'string' ? 'day' : spec.precision;
}

function eventItems(report: TimelineInput): Item[] {
  const actors = new Map(report.actors.map((a) => [a.id, a]));
  return report.events.map((event) => {
    const dateText = formatDateSpec(event.date);
    const precision = precisionOf(event.date);
    const single = startOf(event.date) === endOf(event.date);
    return {
      key: event.id,
      events: [event.id],
      lane: laneOf(event, actors),
      shape: single ? 'day' : 'range',
      precision: single ? 'day' : precision,
      start: startOf(event.date),
      end: endOf(event.date),
      name: `${capitalize(dateText)}: ${event.title}`,
      title: event.title,
      dateText,
      confidence: event.confidence,
      places: event.places,
      count: event.count ?? 1,
    };
  });
}

/** Dense mode: one mark per lane and histogram bin of the event's first day. */
function binItems(report: TimelineInput, domain: { start: string; end: string }): Item[] {
  const hist = histogram([], domain.start, domain.end);
  const actors = new Map(report.actors.map((a) => [a.id, a]));
  const bins = new Map<string, Item>();
  const binOf = (day: string) => hist.bins.find((b) => b.start <= day && day <= b.end) ?? hist.bins[0];
  const sorted = [...hist.bins];
  const lookup = (day: string) => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo < hi) {
      const midIndex = (lo + hi + 1) >> 1;
      if (sorted[midIndex]!.start <= day) lo = midIndex;
      else hi = midIndex - 1;
    }
    return sorted[lo] ?? binOf(day);
  };
  for (const event of report.events) {
    const lane = laneOf(event, actors);
    const bin = lookup(max(startOf(event.date), domain.start));
    if (!bin) continue;
    const key = `bin-${lane}-${bin.start}`;
    let item = bins.get(key);
    if (!item) {
      const spec: DateSpec = hist.unit === 'day' ? bin.start : { start: bin.start, end: bin.end, precision: 'week' };
      const dateText = hist.unit === 'day' ? formatDateSpec(spec) : `the week of ${formatPeriod(bin)}`;
      item = { key, events: [], lane, shape: 'bin', precision: hist.unit === 'day' ? 'day' : 'week', start: bin.start, end: bin.end, name: '', title: '', dateText, confidence: '', places: [], count: 0 };
      bins.set(key, item);
    }
    item.events.push(event.id);
    item.count += event.count ?? 1;
    if (startOf(event.date) !== endOf(event.date)) item.precision = 'range';
  }
  for (const item of bins.values()) {
    const laneInfo = LANES.find((l) => l.id === item.lane)!;
    const noun = `${item.count.toLocaleString('en-US')} ${plural(laneInfo.noun, item.count)}`;
    item.title = `${noun} (${laneInfo.name.toLowerCase()})`;
    item.name = `${capitalize(item.dateText)}: ${item.title}`;
  }
  return [...bins.values()];
}

function orderItems(items: Item[]): Item[] {
  return items.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.key.localeCompare(b.key));
}

export function plural(noun: string, n: number): string {
  if (n === 1) return noun;
  return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

function countables(report: TimelineInput) {
  const actors = new Map(report.actors.map((a) => [a.id, a]));
  const places = new Map(report.places.map((p) => [p.id, p]));
  return report.events
    .filter((event) => isViolentLane(laneOf(event, actors)))
    .map((event) => ({
      start: startOf(event.date),
      end: endOf(event.date),
      count: event.count ?? 1,
      country: event.country ?? event.places.map((id) => places.get(id)?.country).find((c) => c !== undefined) ?? '',
    }));
}

function min(a: string, b: string): string {
  return a < b ? a : b;
}
function max(a: string, b: string): string {
  return a > b ? a : b;
}

interface LayoutInput {
  report: TimelineInput;
  items: Item[];
  domain: { start: string; end: string };
  dense: boolean;
  width: number;
  hist: Histogram | null;
}

/** Where the time axis puts [start, end] (inclusive days), clamped to the drawn period. */
function extent(scale: DayScale, domain: { start: string; end: string }, start: string, end: string) {
  const clipStart = start < domain.start;
  const clipEnd = end > domain.end;
  return { t0: scale.start(clipStart ? domain.start : start), t1: scale.end(clipEnd ? domain.end : end), clipStart, clipEnd };
}

function eraBands(report: TimelineInput, scale: DayScale, domain: { start: string; end: string }, place: (t0: number, t1: number) => Box): Band[] {
  // Eras are backgrounds: a few wars at most (the longest), not every context event.
  return report.events
    .filter((e) => e.type === 'context' && e.subtype === 'war')
    .sort((a, b) => daysBetween(startOf(b.date), endOf(b.date)) - daysBetween(startOf(a.date), endOf(a.date)))
    .slice(0, MAX_ERAS)
    .map((e) => {
      const { t0, t1 } = extent(scale, domain, startOf(e.date), endOf(e.date));
      return { key: e.id, name: `${e.title}, ${formatDateSpec(e.date)}`, start: startOf(e.date), end: endOf(e.date), box: place(t0, t1), label: null, approximate: false };
    });
}

function publishedBand(report: TimelineInput, scale: DayScale, place: (t0: number, t1: number) => Box): Band {
  const spec = report.published;
  const start = startOf(spec);
  const end = endOf(spec);
  const approximate = start !== end;
  return {
    key: 'published',
    name: `Published ${approximate ? formatDateSpec(spec) : `on ${formatDateSpec(spec)}`}`,
    start,
    end,
    box: place(scale.start(start), scale.end(end)),
    label: null,
    approximate,
  };
}

function tallyText(tally: TimelineInput['tallies'][number]): string {
  const figure = `${tallyFigure(tally)} ${plural(tally.unit, tally.value)}`;
  const period = tally.period ? `, ${formatPeriod(tally.period).replace(/ \d{4}$/, '')}` : '';
  const parts = tally.breakdown.length ? `: ${tally.breakdown.map((p) => `${p.value.toLocaleString('en-US')} ${p.label}`).join(', ')}` : '';
  return `${figure}${period}${parts}`;
}

function histogramView(hist: Histogram, scale: DayScale, box: Box, orientation: Orientation): HistogramView {
  const maxValue = Math.max(1, hist.max);
  const bars = hist.bins.map((bin) => {
    const t0 = scale.start(bin.start);
    const t1 = scale.end(bin.end);
    let acc = 0;
    const segments = bin.values.flatMap((value, country) => {
      if (value <= 0) return [];
      const v0 = acc;
      acc += value;
      const a = (v0 / maxValue) * (orientation === 'horizontal' ? box.h : box.w);
      const b = (acc / maxValue) * (orientation === 'horizontal' ? box.h : box.w);
      return [
        orientation === 'horizontal'
          ? { x: t0 + 0.5, w: Math.max(0.5, t1 - t0 - 1), y: box.y + box.h - b, h: b - a, country }
          : { y: t0 + 0.5, h: Math.max(0.5, t1 - t0 - 1), x: box.x + a, w: b - a, country },
      ];
    });
    const parts = hist.countries
      .map((code, i) => ({ name: countryName(code), value: bin.values[i] ?? 0 }))
      .filter((p) => p.value > 0)
      .map((p) => `${round(p.value)} ${p.name}`);
    const when = hist.unit === 'day' ? formatDateSpec(bin.start) : `Week of ${formatPeriod(bin)}`;
    const name = `${when}: ${bin.approximate ? 'about ' : ''}${round(bin.total)} incidents${parts.length ? ` (${parts.join(', ')})` : ''}`;
    return { start: bin.start, end: bin.end, name, approximate: bin.approximate, segments };
  });
  return { unit: hist.unit, countries: hist.countries.map((code) => ({ code, name: countryName(code) })), max: hist.max, box, bars: bars.filter((b) => b.segments.length > 0) };
}

function round(value: number): string {
  return value >= 10 || Number.isInteger(value) ? String(Math.round(value)) : value.toFixed(1);
}

function layoutHorizontal({ report, items, domain, dense, width, hist }: LayoutInput): TimelineModel {
  const pad = 8;
  const scale = dayScale(domain.start, domain.end, pad, width - pad);
  const tickList = ticks(scale, 56);
  let y = 34;
  const tallies = report.tallies
    .filter((t) => t.period)
    .map((tally) => {
      const { t0, t1 } = extent(scale, domain, tally.period!.start, tally.period!.end);
      const full = tallyText(tally);
      const inside = fitText(full, Math.max(t1 - t0, width - pad - t0) - 6, FONT - 1);
      const box = { x: t0, y, w: t1 - t0, h: 15 };
      y += 18;
      const label = inside ? { text: inside, x: t0 + 3, y: box.y + 11 } : null;
      return { key: tally.id, name: `${tally.label}: ${full}`, start: tally.period!.start, end: tally.period!.end, box, label, approximate: false };
    });
  let histView: HistogramView | null = null;
  if (hist) {
    y += 6;
    histView = histogramView(hist, scale, { x: pad, y: y + 12, w: width - 2 * pad, h: HIST }, 'horizontal');
    y += HIST + 18;
  }
  const marks: Mark[] = [];
  const lanes: TimelineModel['lanes'] = [];
  let thinned = 0;
  const names = laneNames(report);
  for (const lane of LANES) {
    const laneItems = items.filter((item) => item.lane === lane.id);
    if (laneItems.length === 0) continue;
    const top = y;
    const geometry = laneItems.map((item) => extent(scale, domain, item.start, item.end));
    const sides = laneItems.map((item, i) => {
      const g = geometry[i]!;
      const text = item.shape === 'bin' ? item.count.toLocaleString('en-US') : item.title;
      const from = item.shape === 'day' ? (g.t0 + g.t1) / 2 - 5 : g.t0;
      const right = Math.min(MAX_LABEL, width - pad - from);
      const left = item.shape === 'day' ? Math.min(MAX_LABEL, from + 10 - pad) : 0;
      const wanted = textWidth(text, FONT);
      const useLeft = wanted > right && left > right;
      return { text: fitText(text, useLeft ? left : right, FONT), end: useLeft };
    });
    const texts = sides.map((side) => side.text);
    const priority = laneItems.map((_, i) => i).sort((a, b) => rank(laneItems[a]!) - rank(laneItems[b]!) || a - b);
    const packed = packRows(
      priority.map((i) => {
        const g = geometry[i]!;
        const core = laneItems[i]!.shape === 'day' ? { from: (g.t0 + g.t1) / 2 - 5, to: (g.t0 + g.t1) / 2 + 5 } : { from: g.t0, to: g.t1 };
        const text = texts[i];
        const w = text ? textWidth(text, FONT) : 0;
        const span = sides[i]!.end ? { from: core.to - w, to: core.to } : { from: core.from, to: Math.max(core.to, core.from + w) };
        return { core, span };
      }),
      dense ? 2 : 6,
    );
    const rowOf = new Map(priority.map((i, k) => [i, packed[k]!]));
    const rows = Math.max(...packed.map((p) => p.row)) + 1;
    laneItems.forEach((item, i) => {
      const g = geometry[i]!;
      const place = rowOf.get(i)!;
      const rowTop = top + LANE_HEAD + place.row * ROW;
      const isDay = item.shape === 'day';
      const coreFrom = isDay ? (g.t0 + g.t1) / 2 - 5 : g.t0;
      const text = place.labeled ? texts[i] : null;
      if (!text) thinned++;
      marks.push({
        ...item,
        order: 0,
        box: { x: g.t0, y: rowTop + 2, w: g.t1 - g.t0, h: 9 },
        clipStart: g.clipStart,
        clipEnd: g.clipEnd,
        label: text ? (sides[i]!.end ? { text, x: coreFrom + 10, y: rowTop + 21, end: true } : { text, x: Math.max(pad, coreFrom), y: rowTop + 21 }) : null,
      });
    });
    lanes.push({ id: lane.id, name: names.get(lane.id) ?? lane.name, box: { x: 0, y: top, w: width, h: LANE_HEAD + rows * ROW }, labeled: true });
    y = top + LANE_HEAD + rows * ROW + 4;
  }
  const height = Math.ceil(y + 4);
  const full = (t0: number, t1: number) => ({ x: t0, y: 16, w: t1 - t0, h: height - 16 });
  return finish({
    orientation: 'horizontal',
    width,
    height,
    domain,
    range: [pad, width - pad],
    dense,
    ticks: tickList,
    lanes,
    eras: eraBands(report, scale, domain, full).map((band) => ({ ...band, label: textLabel(band.name, band.box.x + 3, 11, width - band.box.x - 200) })),
    published: labelPublished(publishedBand(report, scale, full), width),
    tallies,
    histogram: histView,
    marks,
    thinned,
  });
}

function textLabel(text: string, x: number, y: number, maxWidth: number): Label | null {
  const fitted = fitText(text, maxWidth, FONT - 1);
  return fitted ? { text: fitted, x, y } : null;
}

function labelPublished(band: Band, width: number): Band {
  const text = band.name;
  const w = textWidth(text, FONT - 1);
  const x = Math.min(width - 4 - w, band.box.x + band.box.w / 2 - w / 2);
  return { ...band, label: { text, x: Math.max(4, x), y: 11 } };
}

/** Precise marks are placed (and labeled) first, then the shorter ranges. */
function rank(item: Item): number {
  if (item.shape === 'day') return 0;
  return 1 + (item.end.localeCompare(item.start) === 0 ? 0 : 1);
}

function finish(model: TimelineModel): TimelineModel {
  const sorted = [...model.marks].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.key.localeCompare(b.key));
  sorted.forEach((mark, i) => (mark.order = i));
  return { ...model, marks: sorted };
}

function layoutVertical({ report, items, domain, dense, width, hist }: LayoutInput): TimelineModel {
  const top = 20;
  const days = Math.max(1, Math.round((Date.parse(domain.end) - Date.parse(domain.start)) / 86_400_000) + 1);
  const length = Math.min(1600, Math.max(360, days * 14));
  const scale = dayScale(domain.start, domain.end, top, top + length);
  const tickList = ticks(scale, 28);
  const laneX = 46;
  const sub = 6;
  const usedLanes = LANES.filter((lane) => items.some((item) => item.lane === lane.id));
  // Ranges that overlap in time take side-by-side sub-columns of their lane.
  const column = new Map<Item, number>();
  const lanes: TimelineModel['lanes'] = [];
  let laneStart = laneX;
  const names = laneNames(report);
  for (const lane of usedLanes) {
    const laneItems = items.filter((item) => item.lane === lane.id);
    const packed = packRows(
      laneItems.map((item) => {
        const g = extent(scale, domain, item.start, item.end);
        const span = item.shape === 'day' ? { from: (g.t0 + g.t1) / 2 - 6, to: (g.t0 + g.t1) / 2 + 6 } : { from: g.t0, to: g.t1 };
        return { span, core: span };
      }),
      dense ? 1 : 5,
      1,
    );
    const count = Math.max(1, ...packed.map((p) => p.row + 1));
    laneItems.forEach((item, i) => column.set(item, laneStart + 4 + packed[i]!.row * sub));
    const w = 8 + count * sub;
    lanes.push({ id: lane.id, name: names.get(lane.id) ?? lane.name, box: { x: laneStart, y: top, w, h: length }, labeled: false });
    laneStart += w;
  }
  let x = laneStart + 2;
  const tallyList = report.tallies.filter((t) => t.period);
  const tallyBoxes = tallyList.map((tally) => {
    const { t0, t1 } = extent(scale, domain, tally.period!.start, tally.period!.end);
    const box = { x, y: t0, w: 5, h: t1 - t0 };
    x += 7;
    return box;
  });
  let histView: HistogramView | null = null;
  if (hist) {
    histView = histogramView(hist, scale, { x: x + 2, y: top, w: 26, h: length }, 'vertical');
    x += 30;
  }
  const labelX = x + 8;
  const labelWidth = width - labelX - 4;
  const candidates: { wanted: number; text: string[] | null; anchor: { x: number; y: number } }[] = [];
  const marks: Mark[] = items.map((item) => {
    const g = extent(scale, domain, item.start, item.end);
    const left = column.get(item) ?? laneX;
    const wanted = item.shape === 'day' ? (g.t0 + g.t1) / 2 + 4 : g.t0 + 9;
    const text = fitLines(item.shape === 'bin' ? item.name : item.title, labelWidth, FONT, 2);
    candidates.push({ wanted, text, anchor: { x: left + sub / 2, y: item.shape === 'day' ? (g.t0 + g.t1) / 2 : g.t0 + 4 } });
    return { ...item, order: 0, box: { x: left + 0.5, y: g.t0, w: sub - 1, h: g.t1 - g.t0 }, clipStart: g.clipStart, clipEnd: g.clipEnd, label: null };
  });
  const tallies: Band[] = tallyList.map((tally, i) => {
    const box = tallyBoxes[i]!;
    const full = tallyText(tally);
    candidates.push({ wanted: box.y + 9, text: fitLines(full, labelWidth, FONT, 2), anchor: { x: box.x + 3, y: box.y + 4 } });
    return { key: tally.id, name: `${tally.label}: ${full}`, start: tally.period!.start, end: tally.period!.end, box, label: null, approximate: false };
  });
  // Labels: day marks first, then tallies, then ranges; pushed down to avoid overlaps, thinned when pushed too far.
  const order = candidates.map((_, i) => i).sort((a, b) => (i2r(a, marks) - i2r(b, marks)) || a - b);
  const placed: (number | null)[] = candidates.map(() => null);
  const taken: Span[] = [];
  for (const pass of [0, 1, 2]) {
    const group = order.filter((i) => i2r(i, marks) === pass && candidates[i]!.text !== null);
    const blocks = group.map((i) => ({ at: candidates[i]!.wanted - 10, size: candidates[i]!.text!.length * LINE }));
    const result = placeAlong(blocks, taken, 48, top + length + 40);
    group.forEach((i, k) => {
      const at = result[k];
      if (at == null) return;
      placed[i] = at + 10;
      taken.push({ from: at, to: at + blocks[k]!.size });
    });
  }
  let thinned = 0;
  candidates.forEach((c, i) => {
    const at = placed[i];
    const label: Label | null = at != null && c.text ? { text: c.text.join(' '), lines: c.text.length > 1 ? c.text : undefined, x: labelX, y: at, from: c.anchor } : null;
    if (i < marks.length) {
      marks[i]!.label = label;
      if (!label) thinned++;
    } else tallies[i - marks.length]!.label = label;
  });
  const height = Math.ceil(top + length + 48);
  const across = (t0: number, t1: number) => ({ x: 0, y: t0, w: width, h: t1 - t0 });
  const published = publishedBand(report, scale, across);
  return finish({
    orientation: 'vertical',
    width,
    height,
    domain,
    range: [top, top + length],
    dense,
    ticks: tickList,
    lanes,
    eras: eraBands(report, scale, domain, across).map((band) => ({ ...band, box: { ...band.box, x: laneX - 4, w: width - laneX + 4 }, label: textLabel(band.name, laneX, 12, width - laneX - 4) })),
    published: { ...published, label: textLabel(published.name, laneX, Math.min(height - 4, published.box.y + published.box.h + 14), width - laneX - 4) },
    tallies,
    histogram: histView,
    marks,
    thinned,
  });
}

/** Label pass: 0 day marks, 1 tallies (key figures), 2 ranges and bins. */
function i2r(i: number, marks: readonly Mark[]): number {
  const mark = marks[i];
  if (!mark) return 1;
  return mark.shape === 'day' ? 0 : 2;
}
