/**
 * English words around dates (the dates themselves come from `Intl`, see `../format.ts`). A range is joined
 * by the locale's dash unless a sentence needs words: `between 12 and 20 November 2023`.
 */
export const dates = {
  /** A range known only to fall somewhere between two days; `{range}` is built with `date.between.connector`. */
  'date.between': 'between {range}',
  /** Joins the two ends of a `date.between` range: `12` + ` and ` + `20 November 2023`. */
  'date.between.connector': ' and ',
  /** An event dated to a week. */
  'date.week': 'the week of {period}',
  /** An event dated to a span of months. */
  'date.months': '{period}',
} as const;
