/**
 * A histogram of incidents per day or per week, stacked by country. An event counts
 * `count` incidents (1 when the text gives no count); an event known only to a range
 * of days spreads its count evenly over those days, and the bins it touches are
 * flagged approximate.
 */
import { utcDay, utcMonday } from 'd3-time';
import { dateToDay, dayToDate } from './scale.ts';

export interface Countable {
  start: string;
  end: string;
  count: number;
  /** ISO code, or `''` when unknown. */
  country: string;
}

export interface HistogramBin {
  /** First day of the bin. */
  start: string;
  /** Last day of the bin (inclusive). */
  end: string;
  /** Incidents per country, in the histogram's country order. */
  values: number[];
  total: number;
  /** True when some of the bin's count comes from an event known only to a range. */
  approximate: boolean;
}

export interface Histogram {
  unit: 'day' | 'week';
  /** Countries, largest total first; `''` is "country not given". */
  countries: string[];
  bins: HistogramBin[];
  max: number;
}

/** Bins `items` over the inclusive span first..last; by day up to `maxDailyBins` days, else by week (Mondays). */
export function histogram(items: readonly Countable[], first: string, last: string, maxDailyBins = 120): Histogram {
  const d0 = dayToDate(first);
  const d1 = utcDay.offset(dayToDate(last), 1);
  const unit = utcDay.count(d0, d1) <= maxDailyBins ? 'day' : 'week';
  const interval = unit === 'day' ? utcDay : utcMonday;
  const starts = interval.range(interval.floor(d0), d1);
  const index = new Map(starts.map((date, i) => [date.getTime(), i]));
  const totals = new Map<string, number>();
  for (const item of items) totals.set(item.country, (totals.get(item.country) ?? 0) + item.count);
  const countries = [...totals.keys()].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b));
  const column = new Map(countries.map((c, i) => [c, i]));
  const bins: HistogramBin[] = starts.map((date) => {
    const end = utcDay.offset(interval.offset(date, 1), -1);
    return { start: dateToDay(date), end: dateToDay(end), values: countries.map(() => 0), total: 0, approximate: false };
  });
  for (const item of items) {
    const a = dayToDate(item.start) < d0 ? d0 : dayToDate(item.start);
    const bEnd = utcDay.offset(dayToDate(item.end), 1);
    const b = bEnd > d1 ? d1 : bEnd;
    const days = utcDay.count(dayToDate(item.start), utcDay.offset(dayToDate(item.end), 1));
    if (b <= a || days <= 0) continue;
    const perDay = item.count / days;
    const col = column.get(item.country) ?? 0;
    for (const day of utcDay.range(a, b)) {
      const bin = bins[index.get(interval.floor(day).getTime()) ?? -1];
      if (!bin) continue;
      bin.values[col] = (bin.values[col] ?? 0) + perDay;
      bin.total += perDay;
      if (days > 1) bin.approximate = true;
    }
  }
  return { unit, countries, bins, max: Math.max(0, ...bins.map((bin) => bin.total)) };
}
