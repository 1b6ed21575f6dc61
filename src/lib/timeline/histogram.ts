/**
 * A histogram of incidents per day or per week, stacked by country. An event counts
 * `count` incidents (1 when the text gives no count) in the bin that holds its whole date
 * range: a day's count in its day, a week's in its week when the bins are weeks. A count the
 * sources give only as a total over a longer span is never spread over days (that would
 * read as daily data it is not): it is left out of the bars and reported as `unbinned`;
 * the timeline draws it as a range with its total.
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
}

export interface Histogram {
  unit: 'day' | 'week';
  /** Countries, largest total first; `''` is "country not given". */
  countries: string[];
  bins: HistogramBin[];
  max: number;
  /** Incidents known only as totals over spans longer than a bin. */
  unbinned: number;
}

/** The bin unit for the inclusive span first..last: days up to `maxDailyBins` days, else weeks (Mondays). */
export function binUnit(first: string, last: string, maxDailyBins = 120): 'day' | 'week' {
  return utcDay.count(dayToDate(first), utcDay.offset(dayToDate(last), 1)) <= maxDailyBins ? 'day' : 'week';
}

/** Bins `items` over the inclusive span first..last; see the module comment. */
export function histogram(items: readonly Countable[], first: string, last: string, maxDailyBins = 120): Histogram {
  const d0 = dayToDate(first);
  const d1 = utcDay.offset(dayToDate(last), 1);
  const unit = binUnit(first, last, maxDailyBins);
  const interval = unit === 'day' ? utcDay : utcMonday;
  const starts = interval.range(interval.floor(d0), d1);
  const index = new Map(starts.map((date, i) => [date.getTime(), i]));
  const floors = new Map<string, number>();
  const floor = (day: string) => {
    let time = floors.get(day);
    if (time === undefined) floors.set(day, (time = interval.floor(dayToDate(day)).getTime()));
    return time;
  };
  const fitsOneBin = (item: Countable) => floor(item.start) === floor(item.end);
  const binned = items.filter(fitsOneBin);
  const totals = new Map<string, number>();
  for (const item of binned) totals.set(item.country, (totals.get(item.country) ?? 0) + item.count);
  const countries = [...totals.keys()].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b));
  const column = new Map(countries.map((c, i) => [c, i]));
  const bins: HistogramBin[] = starts.map((date) => ({
    start: dateToDay(date),
    end: dateToDay(utcDay.offset(interval.offset(date, 1), -1)),
    values: countries.map(() => 0),
    total: 0,
  }));
  let unbinned = 0;
  for (const item of items) {
    const bin = fitsOneBin(item) ? bins[index.get(floor(item.start)) ?? -1] : undefined;
    if (!bin) {
      if (item.end >= first && item.start <= last) unbinned += item.count;
      continue;
    }
    const col = column.get(item.country) ?? 0;
    bin.values[col] = (bin.values[col] ?? 0) + item.count;
    bin.total += item.count;
  }
  return { unit, countries, bins, max: Math.max(0, ...bins.map((bin) => bin.total)), unbinned };
}
