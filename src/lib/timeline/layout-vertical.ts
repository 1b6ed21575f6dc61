/**
 * The vertical layout (phones): time runs down; dates in a gutter at the inline start, then
 * a narrow column per lane (overlapping ranges side by side), a column per tally's bracket,
 * and the labels in one column. Each label sits level with its mark: beside a day's dot,
 * or anywhere alongside a range's bar or a bracket, so that label and mark read as a pair
 * without leader lines; a small key in the mark's colour starts each label. A label that
 * finds no room level with its mark is left out (its name shows on focus and in the table).
 */
import { utcDay } from 'd3-time';
import { textShapes } from './measure.ts';
import { axisTicks, gutterWidth } from './axis.ts';
import { firstFit, Occupancy, offsetsNear, type BlockShape } from './placement.ts';
import { bracketInfo, extent, histogramView, label, publishedInfo, type LayoutInput } from './parts.ts';
import { byPriority, type LayoutResult } from './layout-horizontal.ts';
import { dayScale, dayToDate, nextDay } from './scale.ts';
import { FONT, LINE, SMALL, SMALL_LINE, type AxisSpec, type Box, type Bracket, type HistogramView, type Label, type LaneView, type Mark } from './types.ts';

const PAD = 4;
const SUB = 6;
const MAX_SUB = 5;
const KEY = 9;
/** How far (in units) a day's label may sit from its dot. */
const SLACK = 8;

export function layoutVertical({ report, items, lanes, domain, dense, width, hist, w }: LayoutInput): LayoutResult {
  const days = utcDay.count(dayToDate(domain.start), dayToDate(nextDay(domain.end)));
  const length = Math.min(1600, Math.max(360, days * 14));
  const pub = publishedInfo(report, w, domain);
  const top = 14;
  const scale = dayScale(domain.start, domain.end, top, top + length);
  const gutter = gutterWidth(domain.start, domain.end, [top, top + length], 30, w.locale);
  const axis: AxisSpec = { orientation: 'vertical', direction: 'ltr', locale: w.locale, width, extent: [top, top + length], minGap: 30, at: PAD, size: gutter, bounds: [0, top + length + SMALL_LINE] };
  const tickList = axisTicks(domain.start, domain.end, axis);
  let x = PAD + gutter + 6;

  // Lanes: a column each, ranges that overlap in time side by side.
  const laneViews: LaneView[] = [];
  const column = new Map<string, number>();
  for (const lane of lanes.lanes) {
    const laneItems = items.filter((item) => item.lane === lane.id);
    if (laneItems.length === 0) continue;
    const subs: { from: number; to: number }[][] = [];
    for (const item of [...laneItems].sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end))) {
      const g = extent(scale, domain, item.start, item.end);
      const span = item.shape === 'day' ? { from: (g.t0 + g.t1) / 2 - 6, to: (g.t0 + g.t1) / 2 + 6 } : { from: g.t0, to: g.t1 };
      let sub = subs.findIndex((list) => list.every((s) => span.to + 1 <= s.from || s.to + 1 <= span.from));
      if (sub < 0 && subs.length < (dense ? 1 : MAX_SUB)) sub = subs.push([]) - 1;
      if (sub < 0) sub = subs.length - 1;
      subs[sub]!.push(span);
      column.set(item.key, x + 3 + sub * SUB);
    }
    const laneWidth = 6 + Math.max(1, subs.length) * SUB;
    laneViews.push({ ...lane, box: { x, y: top, w: laneWidth, h: length }, label: null });
    x += laneWidth;
  }
  // Brackets: one narrow column each.
  const infos = bracketInfo(report, w);
  const bracketBoxes = infos.map((info) => {
    const g = extent(scale, domain, info.start, info.end);
    const box = { x: x + 2, y: g.t0, w: 5, h: Math.max(2, g.t1 - g.t0) };
    x += 9;
    return { info, g, box };
  });
  let histView: HistogramView | null = null;
  if (hist) {
    histView = histogramView(hist, scale, { x: x + 3, y: top, w: 26, h: length }, 'vertical', w);
    x += 32;
  }

  // Labels, level with their marks, in one column.
  const labelX = x + 6;
  const labelWidth = width - PAD - labelX - KEY;
  const height = Math.ceil(top + length + SMALL_LINE + 4);
  const column_: Box = { x: labelX, y: 0, w: width - PAD - labelX, h: height };
  const taken = new Occupancy('y');
  const tryPlace = (text: string, fontSize: number, lineHeight: number, want: number, from: number, to: number): Label | null => {
    const shapes: BlockShape<Label>[] = textShapes(text, fontSize, labelWidth, [], 4).map((lines) => {
      const l = label(lines, labelX + KEY, 0, fontSize, lineHeight);
      return { boxes: [{ x: labelX, y: 0, w: KEY + l.box.w, h: l.box.h }], data: l };
    });
    if (shapes.length === 0) return null;
    const h = shapes[0]!.boxes[0]!.h;
    const fit = firstFit(shapes, offsetsNear(want, from, Math.max(from, to - h), 1), 'y', taken, column_, 2);
    if (!fit) return null;
    taken.add({ ...fit.shape.boxes[0]!, y: fit.offset });
    return { lines: fit.shape.data.lines, box: { ...fit.shape.data.box, y: fit.offset } };
  };

  // Day marks first (their labels have the least room to move), then the brackets, the
  // publication date, and the ranges, shortest first.
  const sorted = [...items].sort(byPriority);
  const labels = new Map<string, Label | null>();
  const placeItem = (item: (typeof items)[number]) => {
    const g = extent(scale, domain, item.start, item.end);
    const want = item.shape === 'day' ? (g.t0 + g.t1) / 2 - LINE / 2 : g.t0;
    labels.set(item.key, item.shape === 'day' ? tryPlace(item.text, FONT, LINE, want, want - SLACK, want + LINE + SLACK) : tryPlace(item.text, FONT, LINE, want, g.t0 - 2, g.t1 + 2));
  };
  sorted.filter((item) => item.shape === 'day').forEach(placeItem);
  const brackets: Bracket[] = bracketBoxes.map(({ info, g, box }) => ({
    ...info,
    box,
    clipStart: g.clipStart,
    clipEnd: g.clipEnd,
    label: tryPlace(info.text, SMALL, SMALL_LINE, g.t0, g.t0 - 2, g.t1 + 2),
  }));
  const [p0, p1] = scale.span(pub.start, pub.end);
  const pubLabel = !pub.shown ? null : tryPlace(pub.name, SMALL, SMALL_LINE, p0, p0 - 2, Math.max(p1, p0 + SMALL_LINE) + 2);
  sorted.filter((item) => item.shape !== 'day').forEach(placeItem);

  let thinned = 0;
  const marks: Mark[] = sorted.map((item) => {
    const g = extent(scale, domain, item.start, item.end);
    const l = labels.get(item.key) ?? null;
    if (!l) thinned++;
    return { ...item, order: 0, box: { x: column.get(item.key) ?? x, y: g.t0, w: SUB - 1, h: g.t1 - g.t0 }, clipStart: g.clipStart, clipEnd: g.clipEnd, label: l };
  });
  return {
    orientation: 'vertical',
    width,
    height,
    domain,
    range: [top, top + length],
    brush: { x: 0, y: top, w: PAD + gutter + 4, h: length },
    axis,
    dense,
    ticks: tickList,
    lanes: laneViews,
    published: { ...pub, box: { x: PAD + gutter + 2, y: p0, w: width - PAD - gutter - 2, h: pub.shown ? p1 - p0 : 0 }, label: pubLabel },
    brackets,
    histogram: histView,
    marks,
    thinned,
  };
}

