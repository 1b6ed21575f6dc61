/** Layout parts both orientations share: extents, eras, publication date, tallies, histogram, fixed labels. */
import { daysBetween, endOf, formatDateSpec, formatPeriod, startOf } from '../time/calendar.ts';
import { tallyFigure } from '../view/summary.ts';
import { countryName } from './countries.ts';
import type { Histogram } from './histogram.ts';
import type { Item } from './items.ts';
import { plural } from './items.ts';
import { FONT, fitText, textWidth } from './labels.ts';
import type { Band, Box, HistogramView, Label, Orientation, TimelineInput } from './model.ts';
import type { DayScale } from './scale.ts';

const MAX_ERAS = 3;

export interface LayoutInput {
  report: TimelineInput;
  items: Item[];
  domain: { start: string; end: string };
  dense: boolean;
  width: number;
  hist: Histogram | null;
}

/** Where the time axis puts [start, end] (inclusive days), clamped to the drawn period. */
export function extent(scale: DayScale, domain: { start: string; end: string }, start: string, end: string) {
  const clipStart = start < domain.start;
  const clipEnd = end > domain.end;
  return { t0: scale.start(clipStart ? domain.start : start), t1: scale.end(clipEnd ? domain.end : end), clipStart, clipEnd };
}

export function eraBands(report: TimelineInput, scale: DayScale, domain: { start: string; end: string }, place: (t0: number, t1: number) => Box): Band[] {
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

export function publishedBand(report: TimelineInput, scale: DayScale, place: (t0: number, t1: number) => Box): Band {
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

export function tallyText(tally: TimelineInput['tallies'][number]): string {
  const figure = `${tallyFigure(tally)} ${plural(tally.unit, tally.value)}`;
  const period = tally.period ? `, ${formatPeriod(tally.period).replace(/ \d{4}$/, '')}` : '';
  const parts = tally.breakdown.length ? `: ${tally.breakdown.map((p) => `${p.value.toLocaleString('en-US')} ${p.label}`).join(', ')}` : '';
  return `${figure}${period}${parts}`;
}

export function histogramView(hist: Histogram, scale: DayScale, box: Box, orientation: Orientation): HistogramView {
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

export function round(value: number): string {
  return value >= 10 || Number.isInteger(value) ? String(Math.round(value)) : value.toFixed(1);
}

export function textLabel(text: string, x: number, y: number, maxWidth: number): Label | null {
  const fitted = fitText(text, maxWidth, FONT - 1);
  return fitted ? { text: fitted, x, y } : null;
}

export function labelPublished(band: Band, width: number): Band {
  const text = band.name;
  const w = textWidth(text, FONT - 1);
  const x = Math.min(width - 4 - w, band.box.x + band.box.w / 2 - w / 2);
  return { ...band, label: { text, x: Math.max(4, x), y: 11 } };
}
