/**
 * The compact strip (wide screens, under a map): about 150 units high. Lane names sit in a
 * gutter at the inline start; each lane is one band of thin rows, and marks carry no visible
 * label (their names show on hover and focus, and in the events table). Tallies keep their
 * brackets, with a one-line label where it fits.
 */
import { linesWidth, textShapes, textWidth } from './measure.ts';
import { clampSpan, firstFit, Occupancy, offsetsUp, type BlockShape } from './placement.ts';
import { axisTicks } from './axis.ts';
import { bracketInfo, extent, label, publishedInfo, type LayoutInput } from './parts.ts';
import { byPriority, type LayoutResult } from './layout-horizontal.ts';
import { dayScale } from './scale.ts';
import { SMALL, SMALL_LINE, type AxisSpec, type Box, type Bracket, type Label, type LaneView, type Mark } from './types.ts';

const PAD = 8;
const ROW = 5;
const BAR = 4;
const MAX_ROWS = 5;
const DAY = 8;

export function layoutStrip({ report, items, lanes, domain, dense, width, w }: LayoutInput): LayoutResult {
  // The gutter fits the lane names in at most two lines, up to a sixth of the width.
  const names = lanes.lanes.filter((lane) => items.some((item) => item.lane === lane.id));
  const gutterMax = Math.min(150, Math.round(width / 6));
  const nameShapes = names.map((lane) => textShapes(lane.name, SMALL, gutterMax, [gutterMax], 2)[0] ?? null);
  const gutter = Math.ceil(Math.max(40, ...nameShapes.map((lines) => (lines ? linesWidth(lines, SMALL, true) : 0)))) + 8;
  const r0 = PAD + gutter;
  const scale = dayScale(domain.start, domain.end, r0, width - PAD);
  const axis: AxisSpec = { orientation: 'horizontal', direction: 'ltr', locale: w.locale, width, extent: [r0, width - PAD], minGap: 60, at: 1, size: 0, bounds: [r0 - 4, width - 2] };
  const tickList = axisTicks(domain.start, domain.end, axis);
  const plotTop = SMALL_LINE + 3;
  let y = plotTop + 2;

  const brackets: Bracket[] = [];
  const taken = new Occupancy('x');
  const bounds = { x: 0, y, w: width, h: 200 };
  let bottom = y;
  for (const info of mergeByPeriod(bracketInfo(report, w))) {
    const g = extent(scale, domain, info.start, info.end);
    const line = (top: number): Box => ({ x: g.t0, y: top, w: Math.max(2, g.t1 - g.t0), h: 4 });
    const shapes: BlockShape<Label | null>[] = [];
    if (textWidth(info.text, SMALL) <= width - PAD - r0) {
      const l = label([info.text], 0, 0, SMALL, SMALL_LINE);
      l.box.x = clampSpan(g.t0, l.box.w, r0, width - PAD);
      shapes.push({ boxes: [l.box, line(l.box.h + 1)], data: l });
    }
    shapes.push({ boxes: [line(0)], data: null });
    const fit = firstFit(shapes, offsetsUp(y, y + 150, 1), 'y', taken, bounds, 2)!;
    const boxes = fit.shape.boxes.map((box) => ({ ...box, y: box.y + fit.offset }));
    boxes.forEach((box) => taken.add(box));
    brackets.push({ ...info, box: boxes[boxes.length - 1]!, clipStart: g.clipStart, clipEnd: g.clipEnd, label: fit.shape.data ? { lines: fit.shape.data.lines, box: boxes[0]! } : null });
    bottom = Math.max(bottom, ...boxes.map((box) => box.y + box.h));
  }
  if (brackets.length) y = bottom + 4;

  const marks: Mark[] = [];
  const laneViews: LaneView[] = [];
  names.forEach((lane, i) => {
    const top = y;
    const laneItems = items.filter((item) => item.lane === lane.id).sort(byPriority);
    const rows: Box[][] = [];
    const placed = laneItems.map((item) => {
      const g = extent(scale, domain, item.start, item.end);
      const span = item.shape === 'day' ? { from: (g.t0 + g.t1) / 2 - DAY / 2, to: (g.t0 + g.t1) / 2 + DAY / 2 } : { from: g.t0, to: Math.max(g.t1, g.t0 + 2) };
      let row = rows.findIndex((list) => list.every((b) => span.to + 1 <= b.x || b.x + b.w + 1 <= span.from));
      if (row < 0 && rows.length < MAX_ROWS) row = rows.push([]) - 1;
      if (row < 0) row = rows.length - 1;
      rows[row]!.push({ x: span.from, y: 0, w: span.to - span.from, h: 0 });
      return { item, g, row };
    });
    const lines = nameShapes[i];
    const nameLabel = lines ? label(lines, PAD, top + 2, SMALL, SMALL_LINE, true) : null;
    const rowsHeight = Math.max(DAY, rows.length * ROW);
    const height = Math.max(rowsHeight + 6, (nameLabel?.box.h ?? 0) + 4, 16);
    const rowsTop = top + (height - rowsHeight) / 2;
    for (const { item, g, row } of placed) {
      const isDay = item.shape === 'day';
      const box = isDay ? { x: g.t0, y: rowsTop + rowsHeight / 2 - DAY / 2, w: g.t1 - g.t0, h: DAY } : { x: g.t0, y: rowsTop + row * ROW, w: g.t1 - g.t0, h: BAR };
      marks.push({ ...item, order: 0, box, clipStart: g.clipStart, clipEnd: g.clipEnd, label: null });
    }
    laneViews.push({ ...lane, box: { x: 0, y: top, w: width, h: height }, label: nameLabel });
    y = top + height + 2;
  });
  const height = Math.ceil(y + 2);
  const pub = publishedInfo(report, w, domain);
  const [p0, p1] = scale.span(pub.start, pub.end);
  return {
    orientation: 'horizontal',
    width,
    height,
    domain,
    range: [r0, width - PAD],
    brush: { x: r0, y: plotTop, w: width - PAD - r0, h: height - plotTop },
    axis,
    dense,
    ticks: tickList,
    lanes: laneViews,
    published: { ...pub, box: { x: p0, y: plotTop, w: pub.shown ? p1 - p0 : 0, h: height - plotTop }, label: null },
    brackets,
    histogram: null,
    marks,
    thinned: marks.length,
  };
}

/** Brackets over the same period share one line in the strip, their labels joined. */
function mergeByPeriod<T extends { key: string; text: string; name: string; start: string; end: string }>(infos: T[]): T[] {
  const groups = new Map<string, T>();
  for (const info of infos) {
    const id = `${info.start}/${info.end}`;
    const group = groups.get(id);
    if (group) groups.set(id, { ...group, key: `${group.key} ${info.key}`, text: `${group.text} · ${info.text}`, name: `${group.name}; ${info.name}` });
    else groups.set(id, info);
  }
  return [...groups.values()];
}
