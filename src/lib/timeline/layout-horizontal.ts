/**
 * The horizontal layout (wide screens): time runs along x; from the top, the publication
 * date, the axis, the tallies' brackets, the histogram, then one band per lane. In a lane,
 * each mark carries its label just below it; a mark and its label move down together until
 * they touch nothing, and a long label wraps onto more lines first. Nothing leaves the box.
 */
import { textShapes } from './measure.ts';
import { clampSpan, firstFit, Occupancy, offsetsUp, type BlockShape } from './placement.ts';
import { axisTicks } from './axis.ts';
import { bracketInfo, extent, histogramTexts, histogramView, label, publishedInfo, type LayoutInput } from './parts.ts';
import { dayScale } from './scale.ts';
import { FONT, LINE, SMALL, SMALL_LINE, type AxisSpec, type Box, type Bracket, type HistogramView, type Item, type Label, type LaneView, type Mark, type TimelineModel } from './types.ts';

const PAD = 8;
/** A mark's thickness across the time axis. */
const MARK = 10;
const GAP = 3;
const LABEL_MAX = 320;
const LABEL_WIDTHS = [240, 180, 140];
const HIST = 44;
/** Room kept free below a label, so that the next mark down does not seem to own it. */
const BELOW = 4;

export type LayoutResult = Omit<TimelineModel, 'direction' | 'locale' | 'variant'>;

export function layoutHorizontal({ report, items, lanes, domain, dense, width, hist, w }: LayoutInput): LayoutResult {
  const scale = dayScale(domain.start, domain.end, PAD, width - PAD);
  // The publication date's label, above the axis, centred on its span and kept inside.
  const pub = publishedInfo(report, w, domain);
  const [p0, p1] = scale.span(pub.start, pub.end);
  const pubLines = !pub.shown ? null : textShapes(pub.name, SMALL, width - 2 * PAD, [], 2)[0] ?? null;
  const pubLabel = pubLines ? label(pubLines, 0, 2, SMALL, SMALL_LINE) : null;
  if (pubLabel) pubLabel.box.x = clampSpan((p0 + p1) / 2 - pubLabel.box.w / 2, pubLabel.box.w, PAD, width - PAD);
  const axisTop = (pubLabel ? pubLabel.box.y + pubLabel.box.h : 0) + 3;
  const axis: AxisSpec = { orientation: 'horizontal', direction: 'ltr', locale: w.locale, width, extent: [PAD, width - PAD], minGap: 60, at: axisTop, size: 0, bounds: [2, width - 2] };
  const tickList = axisTicks(domain.start, domain.end, axis);
  const plotTop = axisTop + SMALL_LINE + 3;
  let y = plotTop + 3;

  const brackets: Bracket[] = [];
  if (report.tallies.length) {
    const taken = new Occupancy('x');
    const bounds = { x: 0, y, w: width, h: 400 };
    let bottom = y;
    for (const info of bracketInfo(report, w)) {
      const g = extent(scale, domain, info.start, info.end);
      const line = (top: number): Box => ({ x: g.t0, y: top, w: Math.max(2, g.t1 - g.t0), h: 5 });
      const shapes: BlockShape<Label | null>[] = textShapes(info.text, SMALL, width - 2 * PAD, [Math.max(g.t1 - g.t0, 200), ...LABEL_WIDTHS], 3).map((lines) => {
        const l = label(lines, 0, 0, SMALL, SMALL_LINE);
        l.box.x = clampSpan(g.t0, l.box.w, PAD, width - PAD);
        return { boxes: [l.box, line(l.box.h + 1)], data: l };
      });
      shapes.push({ boxes: [line(0)], data: null });
      const fit = firstFit(shapes, offsetsUp(y, y + 360, 2), 'y', taken, bounds, GAP)!;
      const boxes = fit.shape.boxes.map((box) => ({ ...box, y: box.y + fit.offset }));
      boxes.forEach((box) => taken.add(box));
      const l = fit.shape.data ? { lines: fit.shape.data.lines, box: boxes[0]! } : null;
      brackets.push({ ...info, box: boxes[boxes.length - 1]!, clipStart: g.clipStart, clipEnd: g.clipEnd, label: l });
      bottom = Math.max(bottom, ...boxes.map((box) => box.y + box.h));
    }
    y = bottom + 6;
  }

  let histView: HistogramView | null = null;
  if (hist) {
    const texts = histogramTexts(hist, w);
    const titleLabel = label([texts.title], PAD, y, SMALL, SMALL_LINE, true);
    y += titleLabel.box.h;
    const noteLines = texts.note ? textShapes(texts.note, SMALL, width - 2 * PAD, [], 4)[0] : undefined;
    const noteLabel = noteLines ? label(noteLines, PAD, y, SMALL, SMALL_LINE) : null;
    y += (noteLabel?.box.h ?? 0) + 4;
    histView = { ...histogramView(hist, scale, { x: PAD, y, w: width - 2 * PAD, h: HIST }, 'horizontal', w), titleLabel, noteLabel };
    y += HIST + 8;
  }

  const marks: Mark[] = [];
  const laneViews: LaneView[] = [];
  let thinned = 0;
  const maxLane = dense ? 3 * (MARK + LINE + 2) : 0;
  for (const lane of lanes.lanes) {
    const laneItems = items.filter((item) => item.lane === lane.id);
    if (laneItems.length === 0) continue;
    const top = y;
    const nameLines = textShapes(lane.name, SMALL, width - 2 * PAD, [], 3)[0] ?? [lane.name];
    const nameLabel = label(nameLines, PAD, top + 2, SMALL, SMALL_LINE, true);
    const rowsTop = nameLabel.box.y + nameLabel.box.h + 3;
    const taken = new Occupancy('x');
    // A lane grows until every label has a place (up to a limit for large reports).
    const laneMax = maxLane || Math.min(520, 40 + laneItems.length * 44);
    const bounds: Box = { x: 0, y: rowsTop, w: width, h: laneMax + 4 * LINE };
    let bottom = rowsTop;
    for (const item of [...laneItems].sort(byPriority)) {
      const g = extent(scale, domain, item.start, item.end);
      const isDay = item.shape === 'day';
      const cx = (g.t0 + g.t1) / 2;
      const core: Box = isDay ? { x: cx - MARK / 2, y: 0, w: MARK, h: MARK } : { x: g.t0, y: 0, w: Math.max(2, g.t1 - g.t0), h: MARK };
      const anchor = isDay ? core.x : g.t0;
      const shapes: BlockShape<Label | null>[] = textShapes(item.text, FONT, Math.min(LABEL_MAX, width - 2 * PAD), LABEL_WIDTHS, 3).map((lines) => {
        const l = label(lines, 0, MARK + 2, FONT, LINE);
        l.box.x = clampSpan(anchor, l.box.w, PAD, width - PAD);
        // The label keeps a little more room below it than above, so it reads with the mark above it.
        return { boxes: [core, l.box, { ...l.box, y: l.box.y + l.box.h, h: BELOW }], data: l };
      });
      const offsets = offsetsUp(rowsTop, rowsTop + laneMax, 4);
      let fit = firstFit(shapes, offsets, 'y', taken, bounds, GAP);
      if (!fit) fit = firstFit([{ boxes: [core], data: null }], offsets, 'y', taken, bounds, 1);
      const offset = fit?.offset ?? rowsTop;
      const boxes = (fit?.shape.boxes ?? [core]).map((box) => ({ ...box, y: box.y + offset }));
      boxes.forEach((box) => taken.add(box));
      bottom = Math.max(bottom, ...boxes.slice(0, 2).map((box) => box.y + box.h));
      const data = fit?.shape.data ?? null;
      if (!data) thinned++;
      marks.push({
        ...item,
        order: 0,
        box: { x: g.t0, y: offset, w: g.t1 - g.t0, h: MARK },
        clipStart: g.clipStart,
        clipEnd: g.clipEnd,
        label: data ? { lines: data.lines, box: boxes[1]! } : null,
      });
    }
    laneViews.push({ ...lane, box: { x: 0, y: top, w: width, h: bottom - top + 4 }, label: nameLabel });
    y = bottom + 8;
  }
  const height = Math.ceil(y);
  return {
    orientation: 'horizontal',
    width,
    height,
    domain,
    range: [PAD, width - PAD],
    brush: { x: PAD, y: plotTop, w: width - 2 * PAD, h: height - plotTop },
    axis,
    dense,
    ticks: tickList,
    lanes: laneViews,
    published: { ...pub, box: { x: p0, y: plotTop, w: pub.shown ? p1 - p0 : 0, h: height - plotTop }, label: pubLabel },
    brackets,
    histogram: histView,
    marks,
    thinned,
  };
}

/** Precise marks are placed (and labelled) first, then the shorter ranges, then bins by size. */
export function byPriority(a: Item, b: Item): number {
  return rank(a) - rank(b) || length(a) - length(b) || b.count - a.count || a.start.localeCompare(b.start) || a.key.localeCompare(b.key);
}

function rank(item: Item): number {
  return item.shape === 'day' ? 0 : item.shape === 'range' ? 1 : 2;
}

function length(item: Item): number {
  return item.shape === 'bin' ? 0 : Date.parse(item.end) - Date.parse(item.start);
}
