/** Arabic strings of a report's header and its "About this report" section (see `../en/header.ts`). */
import type { Translation } from '../types.ts';
import type { header as en } from '../en/header.ts';

export const header = {
  'header.byline': 'بقلم {authors}',
  'header.publishedApprox': 'نُشر {date}',
  'header.dateNote': 'عن التاريخ: {note}',
  'header.titleByEditors': 'العنوان من وضع محرّري Sitrep، إذ لا يحمل النص الأصلي عنوانًا.',
  'header.translation': 'متاح أيضًا باللغة {language}',
  'meta.heading': 'عن هذا التقرير',
  'meta.photoCredit': 'ترافق النشرَ الأصلي صورةٌ ({credit}) لا يملكها Sitrep، فلا يعرض أي صورة.',
  'meta.disclaimer': 'ملاحظة الناشر:',
  'meta.language': 'لغة التقرير: {language}.',
} as const satisfies Translation<typeof en>;
