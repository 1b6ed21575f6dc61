/**
 * Layout parts both orientations share: extents on the time axis, the publication date,
 * the tallies' brackets, the histogram, and tick labels that stay inside the picture.
 */
import { endOf, startOf } from '../time/calendar.ts';
import type { Histogram } from './histogram.ts';
import type { Lanes } from './lanes.ts';
import { linesWidth } from './measure.ts';
import type { DayScale } from './scale.ts';
import { tallyText, type Words } from './text.ts';
import type { Box, HistogramView, Item, Label, Orientation, TimelineInput } from './types.ts';

export interface LayoutInput {
  report: TimelineInput;
  items: Item[];
  lanes: Lanes;
  domain: { start: string; end: string };
  dense: boolean;
  width: number;
  hist: Histogram | null;
  w: Words;
}

/** Where the time axis puts the inclusive days [start, end], clamped to the drawn period: t0 < t1. */
export function extent(scale: DayScale, domain: { start: string; end: string }, start: string, end: string) {
  const clipStart = start < domain.start;
  const clipEnd = end > domain.end;
  // Wholly outside the range: a sliver at the nearer edge, never off the picture.
  const from = clipStart ? domain.start : start > domain.end ? domain.end : start;
  const to = clipEnd ? domain.end : end < domain.start ? domain.start : end;
  const [t0, t1] = scale.span(from, to);
  return { t0, t1, clipStart, clipEnd };
}

/** The publication date: its span and accessible name. */
export function publishedInfo(report: TimelineInput, w: Words, domain: { start: string; end: string }) {
  const first = startOf(report.published);
  const last = endOf(report.published);
  const approximate = first !== last;
  const name = approximate ? w.t('timeline.published.range', { date: w.date(report.published) }) : w.t('timeline.published.day', { date: w.day(first) });
  const shown = last >= domain.start && first <= domain.end;
  // Clipped to the range, so that its band never reaches outside the plot.
  const start = shown ? (first < domain.start ? domain.start : first) : domain.start;
  const end = shown ? (last > domain.end ? domain.end : last) : domain.start;
  return { start, end, approximate, name, shown };
}

/** The tallies that have a period, with their full labels and names. */
export function bracketInfo(report: TimelineInput, w: Words) {
  return report.tallies
    .filter((tally) => tally.period)
    .map((tally) => {
      const text = tallyText(w, tally);
      return { key: tally.id, text, name: w.t('timeline.tally.name', { text, period: w.period(tally.period!) }), start: tally.period!.start, end: tally.period!.end };
    });
}

/** A label of `lines` whose box starts at (x, y), in `lineHeight` steps. */
export function label(lines: string[], x: number, y: number, fontSize: number, lineHeight: number, bold = false): Label {
  return { lines, box: { x, y, w: linesWidth(lines, fontSize, bold), h: lines.length * lineHeight } };
}

/** The histogram's bars: stacked by country, counts in the bin that holds their whole date range. */
export function histogramView(hist: Histogram, scale: DayScale, box: Box, orientation: Orientation, w: Words): HistogramView {
  const maxValue = Math.max(1, hist.max);
  const horizontal = orientation === 'horizontal';
  const countries = hist.countries.map((code) => ({ code, name: w.country(code) }));
  const bars = hist.bins.filter((bin) => bin.total > 0).map((bin) => {
    const [t0, t1] = scale.span(bin.start, bin.end);
    let acc = 0;
    const segments = bin.values.flatMap((value, country) => {
      if (value <= 0) return [];
      const a = (acc / maxValue) * (horizontal ? box.h : box.w);
      acc += value;
      const b = (acc / maxValue) * (horizontal ? box.h : box.w);
      return [horizontal ? { x: t0 + 0.5, w: Math.max(0.5, t1 - t0 - 1), y: box.y + box.h - b, h: b - a, country } : { y: t0 + 0.5, h: Math.max(0.5, t1 - t0 - 1), x: box.x + a, w: b - a, country }];
    });
    const parts = countries
      .map((c, i) => ({ name: c.name, value: bin.values[i] ?? 0 }))
      .filter((p) => p.value > 0)
      .map((p) => `${w.number(p.value)} ${p.name}`);
    const when = hist.unit === 'day' ? w.day(bin.start) : w.t('timeline.histogram.weekOf', { range: w.period(bin) });
    const name = w.t('timeline.histogram.bar', { when, total: w.number(bin.total), parts: parts.length ? ` (${parts.join(', ')})` : '' });
    return { start: bin.start, end: bin.end, name, segments };
  });
  return { unit: hist.unit, ...histogramTexts(hist, w), countries, max: hist.max, box, bars: bars.filter((b) => b.segments.length > 0), unbinned: hist.unbinned, titleLabel: null, noteLabel: null };
}

/** The histogram's title, accessible name and note. */
export function histogramTexts(hist: Histogram, w: Words) {
  const unit = w.t(hist.unit === 'day' ? 'timeline.histogram.unit.day' : 'timeline.histogram.unit.week');
  return {
    title: w.t(hist.unit === 'day' ? 'timeline.histogram.title.day' : 'timeline.histogram.title.week'),
    name: w.t('timeline.histogram.name', { unit, countries: hist.countries.map((code) => w.country(code)).join(', ') }),
    note: hist.unbinned > 0 ? w.t('timeline.histogram.unbinned', { count: w.number(hist.unbinned) }) : null,
  };
}
