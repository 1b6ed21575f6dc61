/**
 * Dates and numbers through `Intl`, always in UTC: a date in a report is a day on the calendar, which no
 * reader's time zone may shift. Each interface language formats with a regional locale and an explicit
 * numbering system (`./settings.ts`): English dates read `26 October 2023`; Arabic ones `26 أكتوبر 2023`,
 * or `٢٦ أكتوبر ٢٠٢٣` where the site asks for Arabic-Indic digits.
 *
 * Every function takes the interface language (`en`, `ar`) or an already resolved Intl locale
 * (`ar-u-nu-arab`, as browser code receives it from the page, see `./client.ts`).
 */
import { formatLocales, numberingSystems } from './settings.ts';

/** The Intl locale that formats a language's dates and numbers, numbering system included. */
export function intlLocale(language: string): string {
  if (language.includes('-u-nu-')) return language;
  const locale = formatLocales()[language] ?? language;
  if (locale.includes('-u-nu-')) return locale;
  const nu = numberingSystems[locale];
  return nu ? `${locale}${locale.includes('-u-') ? '-nu-' : '-u-nu-'}${nu}` : locale;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = intlLocale(language);
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format;
}

/** Day, month and year: `26 October 2023`. */
export const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
/** Day and month: `26 October`. */
export const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };
/** Month and year: `October 2023`. */
export const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/** A calendar date (`2023-10-26`) as a UTC instant. */
export function utcDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** A calendar date formatted in a language: `formatDate('en', '2023-10-26')` is `26 October 2023`. */
export function formatDate(language: string, date: string, options: Intl.DateTimeFormatOptions = DAY): string {
  return dateFormat(language, options).format(utcDate(date));
}

export interface RangeOptions {
  /**
   * Replaces the range's dash with words, for sentences such as `between 12 and 20 November 2023`
   * (`connector: ' and '`; Arabic `' و'` gives `بين 12 و20 نوفمبر 2023`).
   */
  connector?: string;
}

/**
 * A range of calendar dates, sharing what the two ends share: `17 October – 9 November 2023`,
 * `3–9 November 2023` (a dash between two bare numbers is closed up), `August – November 2023` (with `MONTH`).
 */
export function formatDateRange(language: string, start: string, end: string, options: Intl.DateTimeFormatOptions = DAY, range: RangeOptions = {}): string {
  if (start === end) return formatDate(language, start, options);
  const parts = dateFormat(language, options).formatRangeToParts(utcDate(start), utcDate(end));
  const firstEnd = parts.findIndex((p) => p.source === 'endRange');
  const lastStart = parts.findLastIndex((p) => p.source === 'startRange');
  // Both ends format alike (two days of one month at month precision): Intl prints it once.
  if (firstEnd < 0 || lastStart < 0 || lastStart > firstEnd) return parts.map((p) => p.value).join('');
  const startParts = parts.slice(0, lastStart + 1).filter((p) => p.source === 'startRange');
  const endParts = parts.filter((p) => p.source === 'endRange');
  const bareNumbers = startParts.length === 1 && endParts.length === 1 && /^\p{N}+$/u.test(startParts[0]!.value) && /^\p{N}+$/u.test(endParts[0]!.value);
  // ICU pads the dash with thin spaces; plain ones match the report's own text (and what readers search for).
  const separator = parts.slice(lastStart + 1, firstEnd).map((p) => p.value).join('').replace(/[\u2009\u202f]/g, ' ');
  const joined = range.connector ?? (bareNumbers ? separator.trim() : separator);
  return [...parts.slice(0, lastStart + 1), { value: joined }, ...parts.slice(firstEnd)].map((p) => p.value).join('');
}

/** A number in a language: `formatNumber('en', 1234)` is `1,234`. */
export function formatNumber(language: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  const locale = intlLocale(language);
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format.format(value);
}

/** Items joined as a language lists them: `a, b and c`; `أ وب وج`. */
export function formatList(language: string, items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(intlLocale(language), { type, style: 'long' }).format(items);
}

/** The parts of a list, so that each item can be its own element: `[{ type: 'element', value: 'A' }, { type: 'literal', value: ' and ' }, ...]`. */
export function formatListParts(language: string, items: readonly string[], type: Intl.ListFormatType = 'conjunction'): { type: 'element' | 'literal'; value: string }[] {
  return new Intl.ListFormat(intlLocale(language), { type, style: 'long' }).formatToParts(items);
}
