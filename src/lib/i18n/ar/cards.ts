/** Arabic strings of mention cards and the "Copy link" button (see `../en/cards.ts`). */
import type { Translation } from '../types.ts';
import type { cards as en } from '../en/cards.ts';

export const cards = {
  'cards.events': 'الأحداث',
  'cards.sources': 'المصادر',
  // Arabic counts agree with the noun: one and two have their own words; 3–10 take a plural, 11–99 a singular
  // accusative, 100 and more a singular genitive.
  'cards.more': {
    one: 'وعنصر آخر',
    two: 'وعنصران آخران',
    few: 'و{count} عناصر أخرى',
    many: 'و{count} عنصرًا آخر',
    other: 'و{count} عنصر آخر',
  },
  'cards.hint': 'مفتاح الإدخال: العرض على الخريطة والخط الزمني · مفتاح الهروب: الإغلاق',
  'copy.button': 'نسخ الرابط',
  'copy.done': 'نُسخ الرابط',
  'copy.prompt': 'انسخ هذا الرابط:',
} as const satisfies Translation<typeof en>;
