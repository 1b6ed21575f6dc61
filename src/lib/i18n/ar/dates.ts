/** Arabic words around dates (see `../en/dates.ts`); the dates themselves come from `Intl`. */
import type { Translation } from '../types.ts';
import type { dates as en } from '../en/dates.ts';

export const dates = {
  'date.between': 'بين {range}',
  // The conjunction و is written joined to the word after it: «بين 12 و20 نوفمبر 2023».
  'date.between.connector': ' و',
  'date.week': 'أسبوع {period}',
  'date.months': '{period}',
} as const satisfies Translation<typeof en>;
