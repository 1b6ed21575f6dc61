/** Arabic names of the data's shared vocabulary (see `../en/vocabulary.ts`). */
import type { Translation } from '../types.ts';
import type { vocabulary as en } from '../en/vocabulary.ts';

export const vocabulary = {
  'confidence.confirmed': 'مؤكَّد',
  'confidence.reported': 'منقول عن مصادر',
  'confidence.claimed': 'ادّعاء',
  'confidence.assessed': 'تقدير',
} as const satisfies Translation<typeof en>;
