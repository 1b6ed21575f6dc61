/** Arabic strings of figures whose sources differ, and qualifiers as the source words them (see `../en/figures.ts`). */
import type { Translation } from '../types.ts';
import type { figures as en } from '../en/figures.ts';

export const figures = {
  'figures.sourcesDiffer': 'تختلف المصادر ({range}):',
  'figures.estimate': '{figure} ({source}، {date})',
  'figures.range': '{min}–{max}',
  'figures.qualifier.exact': '{value}',
  'figures.qualifier.at-least': '{value} على الأقل',
  'figures.qualifier.more-than': 'أكثر من {value}',
  'figures.qualifier.at-most': '{value} على الأكثر',
  'figures.qualifier.fewer-than': 'أقل من {value}',
  'figures.qualifier.about': 'نحو {value}',
} as const satisfies Translation<typeof en>;
