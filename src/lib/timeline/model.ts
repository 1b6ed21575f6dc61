/**
 * The timeline view model: everything the SVG needs (scale, ticks, lanes, marks,
 * range bars, tallies, eras, publication date, histogram, labels), computed from a
 * report in Node. Positions are final SVG coordinates for the chosen orientation:
 * `horizontal` (time runs left to right; desktops) or `vertical` (top to bottom; phones).
 */
import type { Report } from '../schema/report.ts';
import { endOf, startOf } from '../time/calendar.ts';
import { histogram, type Histogram } from './histogram.ts';
import { binItems, countables, eventItems, max, min, orderItems, type Item } from './items.ts';
import { layoutHorizontal } from './layout-horizontal.ts';
import { layoutVertical } from './layout-vertical.ts';
import type { LaneId } from './lanes.ts';
import type { Tick } from './scale.ts';

export { FONT, LINE } from './labels.ts';

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

/** An item placed on the timeline. */
export interface Mark extends Item {
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
  return finish(layout({ report, items, domain, dense, width, hist: hasHistogram ? hist : null }));
}

function finish(model: TimelineModel): TimelineModel {
  const sorted = [...model.marks].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.key.localeCompare(b.key));
  sorted.forEach((mark, i) => (mark.order = i));
  return { ...model, marks: sorted };
}
