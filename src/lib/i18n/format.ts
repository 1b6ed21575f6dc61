/**
 * Dates and numbers through `Intl`, always in UTC: a date in a report is a day on the calendar, which no
 * reader's time zone may shift. The numbering system is chosen explicitly per locale (a site setting can
 * pick `arab` digits for `ar-EG`); English and `ar` use Latin digits.
 */

/** The numbering system per locale unless the site overrides it. */
const numberingSystems: Record<string, string> = { ar: 'latn' };

/** The regional convention used to format a language's dates: English dates read `26 October 2023`. */
const formatLocales: Record<string, string> = { en: 'en-GB' };

function withNumbering(requested: string): string {
  const locale = formatLocales[requested] ?? requested;
  if (locale.includes('-u-nu-')) return locale;
  const nu = numberingSystems[locale] ?? numberingSystems[locale.split('-')[0] ?? ''];
  return nu ? `${locale}-u-nu-${nu}` : locale;
}

/** Sets the numbering system for a locale (site configuration). */
export function setNumberingSystem(locale: string, system: string): void {
  numberingSystems[locale] = system;
  formatters.clear();
}

/** A calendar date (`2023-10-26`) as a UTC instant. */
export function utcDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Intl formatters are costly to make (a build formats thousands of dates): one per locale and options. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(withNumbering(locale), { ...options, timeZone: 'UTC' })));
  return format;
}
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(withNumbering(locale), options)));
  return format;
}

/** A calendar date formatted in a locale: `formatDate('en', '2023-10-26')` is `26 October 2023`. */
export function formatDate(locale: string, date: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }): string {
  return dateFormat(locale, options).format(utcDate(date));
}

/** A range of calendar dates: `17 October – 9 November 2023`. */
export function formatDateRange(locale: string, start: string, end: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }): string {
  if (start === end) return formatDate(locale, start, options);
  return dateFormat(locale, options).formatRange(utcDate(start), utcDate(end));
}

/** A number in a locale: `formatNumber('en', 1234)` is `1,234`. */
export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, options).format(value);
}
