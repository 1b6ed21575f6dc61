/**
 * Building blocks shared by every schema: ids, calendar dates, periods, URLs and
 * strict objects whose unknown keys get a "did you mean".
 */
import { z } from 'astro/zod';
import { didYouMean } from '../text/did-you-mean.ts';

/** Kebab-case: lowercase ASCII letters and digits in groups joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turns any label into the kebab-case id an editor probably meant. */
export function toKebab(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A stable, kebab-case identifier, unique within its list in a report. */
export const Id = z.string().superRefine((value, ctx) => {
  if (ID_PATTERN.test(value)) return;
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to refuse
  const hidden = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u.test(value);
  const suggestion = toKebab(value);
  ctx.addIssue({
    code: 'custom',
    message: hidden
      ? `id '${showInvisible(value)}' contains invisible or bidirectional control characters`
      : `id '${value}' is not kebab-case`,
    params: {
      fix: suggestion
        ? `use lowercase letters, digits and hyphens, e.g. '${suggestion}'`
        : 'use lowercase letters, digits and hyphens, e.g. \'al-tanf\'',
    },
  });
});

/** Longest text a field takes: descriptions, notes, bios, quotes (about three pages). */
export const LONG_TEXT_MAX = 10_000;
/** Longest name, title or label (a long headline is about 120 characters). */
export const SHORT_TEXT_MAX = 300;

const tooLong = (max: number) => (issue: { input?: unknown }) =>
  `text is ${typeof issue.input === 'string' ? issue.input.length.toLocaleString('en') : 'too many'} characters long; the limit here is ${max.toLocaleString('en')}`;

/**
 * Direction-control characters (embeddings, overrides and isolates: U+202A-202E, U+2066-2069).
 * In a name or text they reverse or reorder what is shown around them (a place name that turns the
 * rest of a caption backwards), so they are refused; the marks U+200E/U+200F that Arabic or Hebrew
 * text may need are allowed.
 */
export const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/u;
function refuseDirectionControls(text: string, ctx: z.core.$RefinementCtx): void {
  const at = text.search(DIRECTION_CONTROLS);
  if (at < 0) return;
  const code = text.codePointAt(at)!.toString(16).toUpperCase();
  const shown = showInvisible(text.length > 80 ? text.slice(Math.max(0, at - 30), at + 30) : text);
  ctx.addIssue({
    code: 'custom',
    message: `text contains the direction-control character U+${code}, which would reorder the text shown around it: '${shown}'`,
    params: { fix: 'delete the invisible character (retype the text around it); write right-to-left names as they are, without control characters' },
  });
}

/** Non-empty text from the editor, trimmed, at most `LONG_TEXT_MAX` characters, with no direction controls. */
export const Text = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(LONG_TEXT_MAX, { error: tooLong(LONG_TEXT_MAX) })
  .superRefine(refuseDirectionControls);

/** A name, title or label: non-empty, trimmed, at most `SHORT_TEXT_MAX` characters, with no direction controls. */
export const ShortText = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(SHORT_TEXT_MAX, { error: tooLong(SHORT_TEXT_MAX) })
  .superRefine(refuseDirectionControls);

/** `value` with invisible and control characters written as `\\u{...}`, so a message cannot be reordered or hide them. */
export function showInvisible(value: string): string {
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to show
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a YYYY-MM-DD date that exists on the calendar. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date, written YYYY-MM-DD. YAML parsers that turn such values into
 * `Date` objects (Astro's does) are accepted and read back as UTC calendar dates.
 */
export const CalendarDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string({ error: 'expected a date written YYYY-MM-DD' }).superRefine((value, ctx) => {
    if (isCalendarDate(value)) return;
    ctx.addIssue({
      code: 'custom',
      message: ISO_DATE.test(value) ? `'${value}' is not a real calendar date` : `'${value}' is not a date written YYYY-MM-DD`,
      params: { fix: 'write the date as YYYY-MM-DD, e.g. 2023-10-26' },
    });
  }),
);
export type CalendarDate = string;

/** How exactly a date or range is known. */
export const DatePrecision = z.enum(['day', 'week', 'month', 'range']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** A span of calendar days; `end` may not come before `start`. */
export const Period = strictObject({
  start: CalendarDate.meta({ description: 'First day of the span, YYYY-MM-DD.' }),
  end: CalendarDate.meta({ description: 'Last day of the span (inclusive), YYYY-MM-DD.' }),
}).superRefine(checkOrder).meta({ description: 'A span of calendar days; `end` may not come before `start`.' });
export type Period = z.infer<typeof Period>;

/** A range of days with the precision it is known to, and how it was derived (any date field may be one). */
export const DateRange = strictObject({
  start: CalendarDate.meta({ description: 'Earliest day the event can have happened, YYYY-MM-DD.' }),
  end: CalendarDate.meta({ description: 'Latest day (inclusive), YYYY-MM-DD.' }),
  precision: DatePrecision.default('range').meta({ description: 'What the range means: a known week, a known month, or only bounds (`range`).' }),
  note: Text.optional().meta({ description: 'How the range was derived from the text, e.g. "\'last week\' before publication".' }),
})
  .superRefine(checkOrder)
  .meta({ description: 'A date as the text knows it: a single day (`2023-10-26`) or a range with the precision it is known to, and a note saying how it was derived when the text is vague ("last week", "in recent months").' });

/** A date as the text knows it: a single day or a `DateRange`. */
export const DateSpec = z.union([CalendarDate, DateRange]);
export type DateSpec = z.infer<typeof DateSpec>;

function checkOrder(value: { start: string; end: string }, ctx: z.core.$RefinementCtx): void {
  if (value.end < value.start) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `the period ends (${value.end}) before it starts (${value.start})`,
      params: { fix: 'swap start and end, or correct one of them' },
    });
  }
}

/** An absolute http(s) URL. Other schemes (javascript:, data:, file:) are refused. */
export const HttpUrl = z.string().max(2_000, { error: tooLong(2_000) }).superRefine((value, ctx) => {
  if (value.length > 2_000) return;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname) return;
  ctx.addIssue({
    code: 'custom',
    message: url ? `URL scheme '${url.protocol}' is not allowed in '${truncate(value)}'` : `'${truncate(value)}' is not an absolute URL`,
    params: { fix: 'use an absolute http:// or https:// address' },
  });
});

/** The largest count Sitrep takes: beyond it a figure is a typo or a unit slip, not a count of people or incidents. */
export const MAX_COUNT = 10_000_000;

/** A whole number of things counted: zero or more, at most `MAX_COUNT`. */
export const Count = z.number({ error: 'expected a number' }).superRefine((value, ctx) => {
  if (Number.isInteger(value) && value >= 0 && value <= MAX_COUNT) return;
  const big = value > MAX_COUNT;
  ctx.addIssue({
    code: 'custom',
    message: big
      ? `count ${value.toLocaleString('en')} is beyond any plausible count (the limit is ${MAX_COUNT.toLocaleString('en')})${Number.isSafeInteger(value) ? '' : '; it is past the numbers a computer counts exactly'}`
      : value < 0 ? `count ${value} is negative` : `count ${value} is not a whole number`,
    params: {
      fix: big
        ? 'check the digits (a typo, or a figure given in thousands); no count of people or incidents is that large'
        : 'counts are whole numbers, 0 or more; put uncertainty in qualifier (at-least, about)',
    },
  });
});

let regionNames: Map<string, string> | undefined;

/** Every ISO 3166-1 alpha-2 region Intl names, by lowercased English name (`jordan` → `JO`). */
function regionsByName(): Map<string, string> {
  if (regionNames) return regionNames;
  regionNames = new Map();
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name && name !== code) regionNames.set(name.toLowerCase(), code);
    }
  }
  return regionNames;
}

/** The English name of an alpha-2 code, or undefined when Intl knows no such region. */
export function regionName(code: string): string | undefined {
  const name = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code);
  return name && name !== code ? name : undefined;
}

/** An ISO 3166-1 alpha-2 country code (`SY`); a country's name or a lowercase code gets the code suggested. */
export const CountryCode = z.string({ error: 'expected a two-letter ISO country code, e.g. SY' }).superRefine((value, ctx) => {
  if (/^[A-Z]{2}$/.test(value) && regionName(value)) return;
  const upper = value.trim().toUpperCase();
  const byCode = /^[A-Z]{2}$/.test(upper) && regionName(upper) ? upper : undefined;
  const byName = regionsByName().get(value.trim().toLowerCase()) ?? regionsByName().get(didYouMean(value.trim().toLowerCase(), regionsByName().keys()) ?? '');
  const guess = byCode ?? byName;
  ctx.addIssue({
    code: 'custom',
    message: `country '${value}' is not an ISO 3166-1 alpha-2 code; codes are two capital letters, e.g. SY`,
    params: { fix: guess ? `did you mean '${guess}' (${regionName(guess)})?` : 'look the code up in ISO 3166-1 alpha-2 (https://www.iso.org/obp/ui/#search)' },
  });
});

/** A list of references to ids declared elsewhere in the report. */
export const IdList = z.array(Id);

/** How sure the report is of a claim, from hardest to softest. */
export const Confidence = z.enum(['confirmed', 'reported', 'claimed', 'assessed']);
export type Confidence = z.infer<typeof Confidence>;

/**
 * `z.strictObject` whose unknown keys are reported one by one with the closest
 * known key ("unknown key 'lattitude'; did you mean 'lat'?").
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) => {
          const guess = didYouMean(key, known);
          return guess ? `unknown key '${key}'; did you mean '${guess}'?` : `unknown key '${key}'; known keys: ${known.join(', ')}`;
        })
        .join('\n');
    },
  });
}

function truncate(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
