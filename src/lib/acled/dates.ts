/**
 * ACLED's time precision ↔ Sitrep date specs. ACLED records one day per event:
 * 1 the day itself; 2 the midpoint of a known week; 3 the midpoint of a known month
 * (Sitrep writes the 15th on export). Sitrep keeps the span the day stands for.
 */
import type { DateSpec } from '../schema/common.ts';
import { addDays, daysBetween } from '../time/calendar.ts';

export { addDays };


function lastOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The Sitrep date of an ACLED `event_date` with `time_precision` 1, 2 or 3. */
export function fromAcledDate(date: string, precision: '1' | '2' | '3'): DateSpec {
  if (precision === '1') return date;
  if (precision === '2') return { start: addDays(date, -3), end: addDays(date, 3), precision: 'week', note: `ACLED time_precision 2: the week around ${date}` };
  return { start: `${date.slice(0, 8)}01`, end: lastOfMonth(date), precision: 'month', note: `ACLED time_precision 3: only the month is known (recorded ${date})` };
}

/** ACLED's `event_date` and `time_precision` for a Sitrep date. */
export function toAcledDate(spec: DateSpec): { date: string; precision: '1' | '2' | '3' } {
  if (typeof spec === 'string') return { date: spec, precision: '1' };
  if (spec.start === spec.end) return { date: spec.start, precision: '1' };
  const length = daysBetween(spec.start, spec.end) + 1;
  if (spec.precision === 'month' || length > 7) return { date: spec.precision === 'month' ? `${spec.start.slice(0, 8)}15` : addDays(spec.start, Math.floor((length - 1) / 2)), precision: '3' };
  return { date: addDays(spec.start, Math.floor((length - 1) / 2)), precision: '2' };
}
