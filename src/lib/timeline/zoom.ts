/**
 * Zoom arithmetic on calendar days (d3-time): the visible span after zooming by a factor
 * around a day, kept inside the whole period, never narrower than `minDays`. Pure, so the
 * buttons, the keys, the wheel and a pinch all zoom the same way.
 */
import { dayCount, offsetDay } from './scale.ts';

export interface DaySpan {
  start: string;
  end: string;
}

/** Days in an inclusive span. */
export function spanDays(span: DaySpan): number {
  return dayCount(span.start, span.end) + 1;
}

/**
 * The span after zooming `current` by `factor` (> 1 zooms in) so that `center` stays at
 * `at` (0 = the span's start, 1 = its end); null when the result is the whole period.
 */
export function zoomSpan(whole: DaySpan, current: DaySpan, factor: number, center: string, at = 0.5, minDays = 7): DaySpan | null {
  const total = spanDays(whole);
  const days = Math.max(Math.min(minDays, total), Math.min(total, Math.round(spanDays(current) / factor)));
  if (days >= total) return null;
  const before = Math.round(at * days - 0.5);
  const offset = Math.min(Math.max(0, dayCount(whole.start, center) - before), total - days);
  const start = offsetDay(whole.start, offset);
  return { start, end: offsetDay(start, days - 1) };
}

/** The middle day of a span. */
export function midDay(span: DaySpan): string {
  return offsetDay(span.start, Math.floor((spanDays(span) - 1) / 2));
}
