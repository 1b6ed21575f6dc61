/**
 * Calendar dates as strings (YYYY-MM-DD), formatted without time zones: a date in a
 * report is a day on the calendar, never an instant that a reader's zone could shift.
 */
import type { DateSpec, Period } from '../schema/common.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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
export function formatDay(date: string, options: { year?: boolean } = {}): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${MONTHS[month - 1]}${options.year === false ? '' : ` ${year}`}`;
}

/** `October 2023`. */
export function formatMonth(date: string): string {
  const { year, month } = dateParts(date);
  return `${MONTHS[month - 1]} ${year}`;
}

/** `17 October – 9 November 2023`, `3–9 November 2023`, or one day when start = end. */
export function formatPeriod(period: Period): string {
  const a = dateParts(period.start);
  const b = dateParts(period.end);
  if (period.start === period.end) return formatDay(period.start);
  if (a.year !== b.year) return `${formatDay(period.start)} – ${formatDay(period.end)}`;
  if (a.month !== b.month) return `${formatDay(period.start, { year: false })} – ${formatDay(period.end)}`;
  return `${a.day}–${formatDay(period.end)}`;
}

/** A date spec as readers see it: a day, or a range marked as approximate where it is. */
export function formatDateSpec(spec: DateSpec): string {
  if (typeof spec === 'string') return formatDay(spec);
  if (spec.precision === 'month') {
    const a = formatMonth(spec.start);
    const b = formatMonth(spec.end);
    return a === b ? a : `${a} – ${b}`;
  }
  if (spec.precision === 'week') return `the week of ${formatPeriod(spec)}`;
  return spec.precision === 'range' ? `between ${formatPeriod(spec).replace(' – ', ' and ').replace('–', ' and ')}` : formatPeriod(spec);
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
  const pa = dateParts(a);
  const pb = dateParts(b);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86_400_000);
}

/** `date` moved by `days` calendar days (UTC arithmetic on a calendar date: no zone can shift it). */
export function addDays(date: string, days: number): string {
  const { year, month, day } = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
