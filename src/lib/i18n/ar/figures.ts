/** Arabic sentences around a report's figures (see `../en/figures.ts`). */
import type { Translation } from '../types.ts';
import type { figures as en } from '../en/figures.ts';

export const figures = {
  'tally.exact': '{value}',
  'tally.atLeast': '{value} على الأقل',
  'tally.atMost': '{value} على الأكثر',
  'tally.about': 'نحو {value}',
  'tally.part': '{value} في {label}',
} as const satisfies Translation<typeof en>;
