/**
 * Calendar dates as strings (YYYY-MM-DD): a date in a report is a day on the calendar, never an instant that
 * a reader's zone could shift. Formatting goes through `Intl` in UTC (`../i18n/format.ts`), in the interface
 * language given (English by default: `26 October 2023`); day arithmetic through d3-time's `utcDay`.
 */
import { utcDay } from 'd3-time';
import type { DateSpec, Period } from '../schema/common.ts';
import { DAY, DAY_MONTH, MONTH, formatDate, formatDateRange, utcDate } from '../i18n/format.ts';
import { t } from '../i18n/catalogue.ts';

interface Parts {
  year: number;
  month: number;
  day: number;
}

export function dateParts(date: string): Parts {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** `26 October 2023`; with `{ year: false }`, `26 October`. */
export function formatDay(date: string, options: { year?: boolean } = {}, locale = 'en'): string {
  return formatDate(locale, date, options.year === false ? DAY_MONTH : DAY);
}

/** `October 2023`. */
export function formatMonth(date: string, locale = 'en'): string {
  return formatDate(locale, date, MONTH);
}

/** `17 October – 9 November 2023`, `3–9 November 2023`, or one day when start = end. */
export function formatPeriod(period: Period, locale = 'en'): string {
  return formatDateRange(locale, period.start, period.end, DAY);
}

/**
 * A date spec as readers see it: a day, or a range marked as approximate where it is: `between 12 and
 * 20 November 2023`, `the week of 6–12 November 2023`, `August – November 2023`.
 */
export function formatDateSpec(spec: DateSpec, locale = 'en'): string {
  if (typeof spec === 'string') return formatDay(spec, {}, locale);
  if (spec.precision === 'month') return t(locale, 'date.months', { period: formatDateRange(locale, spec.start, spec.end, MONTH) });
  if (spec.precision === 'week') return t(locale, 'date.week', { period: formatPeriod(spec, locale) });
  if (spec.precision === 'range') {
    const range = formatDateRange(locale, spec.start, spec.end, DAY, { connector: t(locale, 'date.between.connector') });
    return spec.start === spec.end ? range : t(locale, 'date.between', { range });
  }
  return formatPeriod(spec, locale);
}

/** The earliest day of a date spec, for sorting. */
export function startOf(spec: DateSpec): string {
  return typeof spec === 'string' ? spec : spec.start;
}

/** The latest day of a date spec. */
export function endOf(spec: DateSpec): string {
  return typeof spec === 'string' ? spec : spec.end;
}

/** Days from `a` to `b` (b − a), counted on the calendar. */
export function daysBetween(a: string, b: string): number {
  const from = utcDate(a);
  const to = utcDate(b);
  return from <= to ? utcDay.count(from, to) : -utcDay.count(to, from);
}

/** `date` moved by `days` calendar days (UTC arithmetic on a calendar date: no zone can shift it). */
export function addDays(date: string, days: number): string {
  return utcDay.offset(utcDate(date), days).toISOString().slice(0, 10);
}
