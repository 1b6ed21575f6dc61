/**
 * Dates in the prose ("Oct. 26", "12 November", "between Oct. 17 and Nov. 9"), resolved
 * against the report's period: the year is the one that puts the day inside the period
 * (else the period's first year). A day that is exactly one event's date resolves to that
 * event; a range that is exactly one event's date resolves to it; anything else is a date
 * mention (kind `date`) that the page links to the timeline range.
 */
import type { Period } from '../schema/common.ts';
import { dateBounds } from '../schema/references.ts';
import type { Event } from '../schema/event.ts';
import type { TextMatch } from './matcher.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const MONTH_DAY = String.raw`${MONTH}\s+\d{1,2}(?!\d)`;
const DAY_MONTH = String.raw`(?<!\d)\d{1,2}\s+${MONTH}`;
const ONE = `(?:${MONTH_DAY}|${DAY_MONTH})`;
const DATE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:[Bb]etween\s+(${ONE})\s+and\s+(${ONE})|(${ONE}))(?![\p{L}])`, 'gu');

/** The YYYY-MM-DD day `text` ("Oct. 26", "26 October") names within `period`, or undefined. */
export function resolveDay(text: string, period: Period): string | undefined {
  const month = /[A-Za-z]+/.exec(text)?.[0].slice(0, 3).toLowerCase() ?? '';
  const m = MONTHS.indexOf(month) + 1;
  const d = Number(/\d+/.exec(text)?.[0]);
  if (m === 0 || !(d >= 1 && d <= 31)) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const years = [Number(period.start.slice(0, 4)), Number(period.end.slice(0, 4))];
  const days = years.map((y) => `${y}-${pad(m)}-${pad(d)}`);
  return days.find((day) => day >= period.start && day <= period.end) ?? days[0];
}

/** Date mentions in `text`, each resolved to an event or to a `date` ref (`day` or `start..end`). */
export function findDates(text: string, period: Period, events: readonly Pick<Event, 'id' | 'date'>[]): TextMatch[] {
  const out: TextMatch[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const [all, from, to, single] = m;
    const start = resolveDay(single ?? from ?? '', period);
    const end = single ? start : resolveDay(to ?? '', period);
    if (!start || !end || end < start) continue;
    const exact = events.filter((e) => {
      const span = dateBounds(e.date);
      return span?.start === start && span.end === end;
    });
    const id = start === end ? start : `${start}..${end}`;
    const ref = exact.length === 1 && exact[0] ? { kind: 'event' as const, id: exact[0].id } : { kind: 'date' as const, id };
    out.push({ start: m.index, end: m.index + all.length, text: all, ref });
  }
  return out;
}
