/** Arabic strings of the site's frame (see `../en/site.ts`). */
import type { Translation } from '../types.ts';
import type { site as en } from '../en/site.ts';

export const site = {
  'site.name': 'Sitrep',
  'site.skipToContent': 'انتقل إلى المحتوى',
  'site.footer': 'نُشر باستخدام Sitrep. لا أدوات تتبّع ولا طلبات إلى أي جهة خارجية.',
  'home.title': 'Sitrep · التقارير',
  'home.description': 'تقارير عن النزاعات وتحقيقات المصادر المفتوحة، مع خرائط وخطوط زمنية ومصادرها.',
  'home.heading': 'التقارير',
  'home.draft': '(مسودة غير منشورة)',
} as const satisfies Translation<typeof en>;
