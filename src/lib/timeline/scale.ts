/**
 * The timeline's time scale: calendar days (YYYY-MM-DD) mapped to positions through UTC
 * instants, so no reader's or builder's time zone can move a date. Day arithmetic is d3-time's.
 * The range may run backwards (`r0 > r1`) for a right-to-left axis.
 */
import { scaleLinear } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { formatDate } from '../i18n/format.ts';

/** Days already parsed (a report has few distinct days, and large ones repeat them thousands of times). */
const parsed = new Map<string, number>();

/** Midnight UTC at the start of a calendar day. */
export function dayToDate(day: string): Date {
  let time = parsed.get(day);
  if (time === undefined) {
    time = Date.parse(`${day}T00:00:00Z`);
    if (parsed.size > 50_000) parsed.clear();
    parsed.set(day, time);
  }
  return new Date(time);
}

/** The calendar day (YYYY-MM-DD) of an instant, read in UTC. */
export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `n` days after `day` (before, when negative). */
export function offsetDay(day: string, n: number): string {
  return dateToDay(utcDay.offset(dayToDate(day), n));
}

/** The day after `day`. */
export function nextDay(day: string): string {
  return offsetDay(day, 1);
}

/** Days from `a` to `b` (b − a). */
export function dayCount(a: string, b: string): number {
  return utcDay.count(dayToDate(a), dayToDate(b));
}

export interface DayScale {
  /** Position of the start of a day. */
  start(day: string): number;
  /** Position of the end of a day (the start of the next). */
  end(day: string): number;
  /** Position of the middle of a day. */
  mid(day: string): number;
  /** The lower and upper position of the inclusive days [first, last], whichever way the axis runs. */
  span(first: string, last: string): [number, number];
  /** The calendar day at a position (clamped to the domain). */
  dayAt(position: number): string;
  /** Position of an instant. */
  at(date: Date): number;
  /** The instants at the domain's ends (midnight UTC of the first day, and of the day after the last). */
  domain: [Date, Date];
  range: [number, number];
}

/**
 * A scale over the inclusive span `first`..`last` onto [r0, r1]: d3's linear scale over UTC
 * milliseconds (a UTC time scale without the tick formatting this timeline does not use, so the
 * browser is spared d3-time-format).
 */
export function dayScale(first: string, last: string, r0: number, r1: number): DayScale {
  const d0 = dayToDate(first);
  const d1 = dayToDate(nextDay(last));
  const scale = scaleLinear().domain([d0.getTime(), d1.getTime()]).range([r0, r1]);
  const start = (day: string) => scale(dayToDate(day).getTime());
  const end = (day: string) => scale(utcDay.offset(dayToDate(day), 1).getTime());
  return {
    start,
    end,
    mid: (day) => (start(day) + end(day)) / 2,
    span(a, b) {
      const x = start(a);
      const y = end(b);
      return x <= y ? [x, y] : [y, x];
    },
    dayAt: (position) => {
      const date = utcDay.floor(new Date(scale.invert(position)));
      const clamped = date < d0 ? d0 : date >= d1 ? utcDay.offset(d1, -1) : date;
      return dateToDay(clamped);
    },
    at: (date) => scale(date.getTime()),
    domain: [d0, d1],
    range: [r0, r1],
  };
}

export interface TickSpec {
  day: string;
  position: number;
  label: string;
  major: boolean;
}

const CANDIDATES: { interval: TimeInterval; days: number; monthly: boolean }[] = [
  { interval: utcDay, days: 1, monthly: false },
  { interval: utcDay.every(2)!, days: 2, monthly: false },
  { interval: utcMonday, days: 7, monthly: false },
  { interval: utcMonday.every(2)!, days: 14, monthly: false },
  { interval: utcMonth, days: 30, monthly: true },
  { interval: utcMonth.every(3)!, days: 91, monthly: true },
  { interval: utcMonth.every(6)!, days: 182, monthly: true },
  { interval: utcYear, days: 365, monthly: true },
];

/**
 * Ticks at a spacing that leaves `minGap` units between them: days, Mondays, months or years,
 * labelled by `format` (day and month, or month and year).
 */
export function ticks(scale: DayScale, minGap: number, format: (date: Date, monthly: boolean) => string): TickSpec[] {
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  const perDay = Math.abs(r1 - r0) / Math.max(1, utcDay.count(d0, d1));
  const choice = CANDIDATES.find((c) => c.days * perDay >= minGap) ?? CANDIDATES[CANDIDATES.length - 1]!;
  return choice.interval.range(d0, d1).map((date) => ({
    day: dateToDay(date),
    position: scale.at(date),
    label: format(date, choice.monthly),
    major: date.getUTCDate() === 1,
  }));
}

/** Tick labels in a locale: `26 Oct` for days and weeks, `Oct 2023` for months (through `Intl`, in UTC). */
export function tickFormat(locale: string): (date: Date, monthly: boolean) => string {
  return (date, monthly) => formatDate(locale, dateToDay(date), monthly ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' });
}
