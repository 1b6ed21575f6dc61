/**
 * The vertical layout (phones): time runs top to bottom; lanes are narrow columns with
 * side-by-side sub-columns for overlapping ranges; labels sit in one column on the right,
 * joined to their marks by leader lines, pushed apart and thinned when crowded.
 */
import { FONT, LINE, fitLines, packRows, placeAlong, type Span } from './labels.ts';
import { LANES, laneNames } from './lanes.ts';
import type { Item } from './items.ts';
import type { Band, HistogramView, Label, Mark, TimelineModel } from './model.ts';
import { eraBands, extent, histogramView, publishedBand, tallyText, textLabel, type LayoutInput } from './parts.ts';
import { dayScale, ticks } from './scale.ts';

export function layoutVertical({ report, items, domain, dense, width, hist }: LayoutInput): TimelineModel {
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
  // A label may slide along its range (up to `reach`), its leader line meeting the bar where the label sits.
  const candidates: { wanted: number; text: string[] | null; anchor: { x: number; y: number }; reach: number; along: [number, number] | null }[] = [];
  const marks: Mark[] = items.map((item) => {
    const g = extent(scale, domain, item.start, item.end);
    const left = column.get(item) ?? laneX;
    const wanted = item.shape === 'day' ? (g.t0 + g.t1) / 2 + 4 : g.t0 + 9;
    const text = fitLines(item.shape === 'bin' ? item.name : item.title, labelWidth, FONT, 2);
    const isDay = item.shape === 'day';
    candidates.push({ wanted, text, anchor: { x: left + sub / 2, y: isDay ? (g.t0 + g.t1) / 2 : g.t0 + 4 }, reach: isDay ? 48 : Math.max(48, g.t1 - g.t0 - 12), along: isDay ? null : [g.t0 + 2, g.t1 - 2] });
    return { ...item, order: 0, box: { x: left + 0.5, y: g.t0, w: sub - 1, h: g.t1 - g.t0 }, clipStart: g.clipStart, clipEnd: g.clipEnd, label: null };
  });
  const tallies: Band[] = tallyList.map((tally, i) => {
    const box = tallyBoxes[i]!;
    const full = tallyText(tally);
    candidates.push({ wanted: box.y + 9, text: fitLines(full, labelWidth, FONT, 3), anchor: { x: box.x + 3, y: box.y + 4 }, reach: Math.max(48, box.h - 12), along: [box.y + 2, box.y + box.h - 2] });
    return { key: tally.id, name: `${tally.label}: ${full}`, start: tally.period!.start, end: tally.period!.end, box, label: null, approximate: false };
  });
  // Labels: day marks first, then tallies, then ranges; pushed down to avoid overlaps, thinned when pushed too far.
  const order = candidates.map((_, i) => i).sort((a, b) => (i2r(a, marks) - i2r(b, marks)) || a - b);
  const placed: (number | null)[] = candidates.map(() => null);
  const taken: Span[] = [];
  for (const pass of [0, 1, 2]) {
    const group = order.filter((i) => i2r(i, marks) === pass && candidates[i]!.text !== null);
    const blocks = group.map((i) => ({ at: candidates[i]!.wanted - 10, size: candidates[i]!.text!.length * LINE, maxShift: candidates[i]!.reach }));
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
    const from = at != null && c.along ? { x: c.anchor.x, y: Math.min(c.along[1], Math.max(c.along[0], at - 4)) } : c.anchor;
    const label: Label | null = at != null && c.text ? { text: c.text.join(' '), lines: c.text.length > 1 ? c.text : undefined, x: labelX, y: at, from } : null;
    if (i < marks.length) {
      marks[i]!.label = label;
      if (!label) thinned++;
    } else tallies[i - marks.length]!.label = label;
  });
  const height = Math.ceil(top + length + 48);
  const across = (t0: number, t1: number) => ({ x: 0, y: t0, w: width, h: t1 - t0 });
  const published = publishedBand(report, scale, across);
  return {
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
  };
}

/** Label pass: 0 day marks, 1 tallies (key figures), 2 ranges and bins. */
function i2r(i: number, marks: readonly Mark[]): number {
  const mark = marks[i];
  if (!mark) return 1;
  return mark.shape === 'day' ? 0 : 2;
}
