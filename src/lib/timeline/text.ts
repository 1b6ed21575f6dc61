/**
 * The timeline's words: dates as precise as they are known, accessible names, tally
 * labels and country names, all from the message catalogue and `Intl` (UTC), in the
 * timeline's locale. Nothing here knows a report.
 */
import { t, type MessageKey, type MessageParams } from '../i18n/catalogue.ts';
import { formatDate, formatDateRange, formatNumber } from '../i18n/format.ts';
import type { DateSpec, Period } from '../schema/common.ts';
import type { Tally } from '../schema/tally.ts';

/** Strings of one locale, bound once per timeline. */
export interface Words {
  locale: string;
  t(key: MessageKey, params?: MessageParams): string;
  number(value: number): string;
  /** `26 October 2023` */
  day(day: string): string;
  /** `17 October – 9 November 2023` */
  period(period: Period): string;
  /** A date spec as readers see it: `26 October 2023`, `the week of 6–19 November 2023`, `August – November 2023`, `between 5 and 20 November 2023`. */
  date(spec: DateSpec): string;
  /** `Syria` for `SY`, in the locale; the catalogue's "country not given" for `''`. */
  country(code: string): string;
  /** The first letter in upper case, as the locale writes it. */
  capitalize(text: string): string;
  /** `{count} event(s)`, by the locale's plural rules. */
  events(count: number): string;
}

const MONTHS: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };

const cache = new Map<string, Words>();

/** The words of a locale (made once per locale: Intl objects are costly to make). */
export function words(locale = 'en'): Words {
  let w = cache.get(locale);
  if (!w) cache.set(locale, (w = makeWords(locale)));
  return w;
}

function makeWords(locale: string): Words {
  let regions: Intl.DisplayNames | null | undefined;
  const plurals = new Intl.PluralRules(locale);
  const w: Words = {
    locale,
    t: (key, params) => t(locale, key, params),
    number: (value) => formatNumber(locale, value),
    day: (day) => formatDate(locale, day),
    period: (period) => formatDateRange(locale, period.start, period.end),
    date(spec) {
      if (typeof spec === 'string') return w.day(spec);
      if (spec.start === spec.end) return w.day(spec.start);
      if (spec.precision === 'month') return formatDateRange(locale, spec.start, spec.end, MONTHS);
      if (spec.precision === 'week') return w.t('timeline.date.week', { range: w.period(spec) });
      if (spec.precision === 'day') return w.period(spec);
      const sameYear = spec.start.slice(0, 4) === spec.end.slice(0, 4);
      return w.t('timeline.date.between', { start: formatDate(locale, spec.start, sameYear ? DAY_MONTH : undefined), end: w.day(spec.end) });
    },
    country(code) {
      if (code === '') return w.t('timeline.country.unknown');
      regions ??= displayNames(locale);
      try {
        return regions?.of(code) ?? code;
      } catch {
        return code;
      }
    },
    capitalize: (text) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1),
    events: (count) => w.t(plurals.select(count) === 'one' ? 'timeline.bin.one' : 'timeline.bin.other', { count: w.number(count) }),
  };
  return w;
}

function displayNames(locale: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
  } catch {
    return null;
  }
}

const QUALIFIER: Record<Tally['qualifier'], MessageKey> = {
  exact: 'timeline.tally.exact',
  'at-least': 'timeline.tally.atLeast',
  'more-than': 'timeline.tally.moreThan',
  'fewer-than': 'timeline.tally.fewerThan',
  'at-most': 'timeline.tally.atMost',
  about: 'timeline.tally.about',
};

/** A tally's full label, built from its label and figure: `U.S. troops injured: 56`, with its breakdown. */
export function tallyText(w: Words, tally: Pick<Tally, 'label' | 'value' | 'qualifier' | 'breakdown'>): string {
  const text = w.t(QUALIFIER[tally.qualifier], { label: tally.label, value: w.number(tally.value) });
  if (tally.breakdown.length === 0) return text;
  const parts = tally.breakdown.map((part) => w.t('timeline.tally.part', { label: part.label, value: w.number(part.value) })).join(', ');
  return w.t('timeline.tally.parts', { text, parts });
}

/** `26 October 2023: U.S. airstrikes ...`: a date and what happened, as one accessible name. */
export function markName(w: Words, dateText: string, title: string): string {
  return w.t('timeline.mark.name', { date: w.capitalize(dateText), title });
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The writing direction of a locale (`ar-EG` is `rtl`), from `Intl.Locale` where it tells, else from a list. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // An invalid tag: fall through to the list.
  }
  return RTL_LANGUAGES.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
