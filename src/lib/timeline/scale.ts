/**
 * The timeline's time scale: calendar days (YYYY-MM-DD) mapped to positions with
 * d3's UTC scale, so no reader's or builder's time zone can move a date.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonday, utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { dateParts } from '../time/calendar.ts';

/** Midnight UTC at the start of a calendar day. */
export function dayToDate(day: string): Date {
  const { year, month, day: d } = dateParts(day);
  return new Date(Date.UTC(year, month - 1, d));
}

/** The calendar day (YYYY-MM-DD) of an instant, read in UTC. */
export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day after `day`. */
export function nextDay(day: string): string {
  return dateToDay(utcDay.offset(dayToDate(day), 1));
}

export interface DayScale {
  /** Position of the start of a day. */
  start(day: string): number;
  /** Position of the end of a day (the start of the next). */
  end(day: string): number;
  /** Position of the middle of a day. */
  mid(day: string): number;
  /** The calendar day at a position (clamped to the domain). */
  dayAt(position: number): string;
  /** The d3 scale itself. */
  d3: ScaleTime<number, number>;
}

/** A scale over the inclusive span `first`..`last` onto [r0, r1]. */
export function dayScale(first: string, last: string, r0: number, r1: number): DayScale {
  const scale = scaleUtc().domain([dayToDate(first), dayToDate(nextDay(last))]).range([r0, r1]);
  return fromD3(scale);
}

/** Wraps a d3 UTC scale whose domain runs from midnight to midnight. */
export function fromD3(scale: ScaleTime<number, number>): DayScale {
  const start = (day: string) => scale(dayToDate(day));
  const end = (day: string) => scale(utcDay.offset(dayToDate(day), 1));
  return {
    start,
    end,
    mid: (day) => (start(day) + end(day)) / 2,
    dayAt: (position) => {
      const [d0, d1] = scale.domain() as [Date, Date];
      const date = utcDay.floor(scale.invert(position));
      const clamped = date < d0 ? d0 : date >= d1 ? utcDay.offset(d1, -1) : date;
      return dateToDay(clamped);
    },
    d3: scale,
  };
}

export interface Tick {
  day: string;
  position: number;
  label: string;
  /** Month starts get a stronger rule. */
  major: boolean;
}

const formatDayMonth = utcFormat('%-d %b');
const formatMonthYear = utcFormat('%b %Y');

/** Ticks at a spacing that fits `minGap` units between labels: days, Mondays or months. */
export function ticks(scale: DayScale, minGap: number): Tick[] {
  const [d0, d1] = scale.d3.domain() as [Date, Date];
  const [r0, r1] = scale.d3.range() as [number, number];
  const days = utcDay.count(d0, d1);
  const perDay = Math.abs(r1 - r0) / Math.max(1, days);
  const candidates = [utcDay, utcDay.every(2), utcMonday, utcMonday.every(2), utcMonth, utcMonth.every(3), utcMonth.every(6)];
  const approxDays = [1, 2, 7, 14, 30, 91, 182];
  let index = approxDays.findIndex((n) => n * perDay >= minGap);
  if (index < 0) index = approxDays.length - 1;
  const interval = candidates[index] ?? utcMonth;
  const monthly = index >= 4;
  return interval.range(d0, d1).map((date) => ({
    day: dateToDay(date),
    position: scale.d3(date),
    label: monthly ? formatMonthYear(date) : formatDayMonth(date),
    major: date.getUTCDate() === 1,
  }));
}
