/**
 * The timeline view model: everything the SVG needs (scale, ticks, lanes, marks, brackets,
 * publication date, histogram, labels), computed from a report in Node. Positions are final
 * SVG coordinates for the chosen orientation: `horizontal` (time runs along x; wide screens,
 * `full` or a `compact` strip) or `vertical` (time runs down; phones). `direction: 'rtl'`
 * runs the axis from right to left. Types live in `./types.ts`; this module only composes.
 */
import { endOf, startOf } from '../time/calendar.ts';
import { histogram } from './histogram.ts';
import { binItems, countables, eventItems, orderItems } from './items.ts';
import { deriveLanes } from './lanes.ts';
import { layoutHorizontal } from './layout-horizontal.ts';
import { layoutStrip } from './layout-strip.ts';
import { layoutVertical } from './layout-vertical.ts';
import { mirror } from './mirror.ts';
import { words } from './text.ts';
import type { TimelineInput, TimelineModel, TimelineOptions } from './types.ts';

export type * from './types.ts';
export { FONT, LINE, SMALL, SMALL_LINE } from './types.ts';

/** Default viewBox widths: the SVG scales to its container, so these set the size of the text. */
export const WIDTHS = { horizontal: 640, compact: 960, vertical: 360 } as const;

/** Builds the view model; see the module comment. */
export function buildTimeline(report: TimelineInput, options: TimelineOptions = {}): TimelineModel {
  const orientation = options.orientation ?? 'horizontal';
  const variant = orientation === 'horizontal' ? (options.variant ?? 'full') : 'full';
  const locale = options.locale ?? 'en';
  const w = words(locale);
  const width = options.width ?? (orientation === 'vertical' ? WIDTHS.vertical : variant === 'compact' ? WIDTHS.compact : WIDTHS.horizontal);
  // The report's period, never its publication date (a report published long after the events would stretch
  // its timeline over empty months). Events known to the day that fall outside it (background) widen it so that
  // they are drawn; longer ranges outside it are drawn clipped and faded at its edges.
  const days = report.events.filter((e) => startOf(e.date) === endOf(e.date)).map((e) => startOf(e.date));
  const domain = {
    start: days.reduce((a, b) => (b < a ? b : a), report.period.start),
    end: days.reduce((a, b) => (b > a ? b : a), report.period.end),
  };
  const lanes = deriveLanes(report, w);
  const dense = report.events.length > (options.denseThreshold ?? 300);
  const items = orderItems(dense ? binItems(report, lanes, w, domain) : eventItems(report, lanes, w));
  const hist = histogram(countables(report), domain.start, domain.end);
  const binned = hist.bins.some((bin) => bin.total > 0);
  const counted = report.events.some((e) => e.count !== undefined && startOf(e.date) === endOf(e.date));
  const showHistogram = binned && (dense || counted);
  const layout = orientation === 'vertical' ? layoutVertical : variant === 'compact' ? layoutStrip : layoutHorizontal;
  const laid = layout({ report, items, lanes, domain, dense, width, hist: showHistogram ? hist : null, w });
  const model: TimelineModel = { ...laid, variant, direction: 'ltr', locale, marks: inDateOrder(laid.marks) };
  return options.direction === 'rtl' ? mirror(model) : model;
}

function inDateOrder<T extends { start: string; end: string; key: string; order: number }>(marks: T[]): T[] {
  const sorted = [...marks].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.key.localeCompare(b.key));
  sorted.forEach((mark, i) => (mark.order = i));
  return sorted;
}

