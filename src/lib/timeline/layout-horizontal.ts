/** The horizontal layout (wide screens): time runs left to right; lanes are bands of rows. */
import { FONT, fitText, packRows, textWidth } from './labels.ts';
import { LANES, laneNames } from './lanes.ts';
import type { Item } from './items.ts';
import type { HistogramView, Mark, TimelineModel } from './model.ts';
import { eraBands, extent, histogramView, labelPublished, publishedBand, tallyText, textLabel, type LayoutInput } from './parts.ts';
import { dayScale, ticks } from './scale.ts';

const ROW = 24;
const LANE_HEAD = 16;
const HIST = 48;
const MAX_LABEL = 330;

export function layoutHorizontal({ report, items, domain, dense, width, hist }: LayoutInput): TimelineModel {
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
  return {
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
  };
}

/** Precise marks are placed (and labeled) first, then the shorter ranges. */
function rank(item: Item): number {
  if (item.shape === 'day') return 0;
  return 1 + (item.end.localeCompare(item.start) === 0 ? 0 : 1);
}
