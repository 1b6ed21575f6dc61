/**
 * Arabic strings of the atlas (see `../en/atlas.ts`). Counts stand after a colon or in parentheses, so one
 * sentence serves every number.
 */
import type { Translation } from '../types.ts';
import type { atlas as en } from '../en/atlas.ts';

export const atlas = {
  'atlas.title': 'الأطلس',
  'atlas.pageTitle': 'أطلس التقارير كلها · {site}',
  'atlas.description': 'أماكن التقارير المنشورة كلها على خريطة واحدة، وأحداثها على خط زمني واحد، مع تصفية بحسب التقرير والفاعل ونوع الحدث والبلد والتاريخ.',
  'atlas.heading': 'الأطلس',
  'atlas.intro': 'أماكن التقارير المنشورة كلها على خريطة واحدة، وأحداثها على خط زمني واحد. أشِر إلى حدث أو مكان في إحداهما تجده في الأخرى، واختره لترى أين يُروى.',
  'atlas.noScript': 'من دون جافاسكربت يعرض الأطلس الأحداث والأماكن كلها؛ أما التصفية فتحتاج إلى جافاسكربت.',
  'atlas.link': 'الأطلس: التقارير كلها على خريطة واحدة وخط زمني واحد',
  'atlas.filters': 'تصفية الأحداث',
  'atlas.filter.report': 'التقرير',
  'atlas.filter.actor': 'الفاعل',
  'atlas.filter.type': 'نوع الحدث',
  'atlas.filter.country': 'البلد',
  'atlas.filter.from': 'من',
  'atlas.filter.to': 'إلى',
  'atlas.filter.any': 'الكل',
  'atlas.filter.apply': 'تطبيق',
  'atlas.filter.clear': 'إلغاء التصفية',
  'atlas.filter.shown': 'الأحداث المعروضة: {shown} من {total}',
  'atlas.filter.none': 'لا حدث يطابق هذه التصفية.',
  'atlas.filter.failed': 'تعذّر تحميل التصفية؛ يعرض الأطلس الأحداث كلها.',
  'atlas.selected': 'المختار:',
  'atlas.selected.none': 'اختر حدثًا على الخط الزمني أو مكانًا على الخريطة لتنتقل إلى صفحته.',
  'atlas.selected.reports': 'ورد في',
  'atlas.reports': 'التقارير',
  'atlas.reports.events': { zero: 'الأحداث: {count}', one: 'حدث واحد', two: 'حدثان', few: 'الأحداث: {count}', many: 'الأحداث: {count}', other: 'الأحداث: {count}' },
  'atlas.places': 'الأماكن كلها ({count})',
  'atlas.actors': 'الفاعلون كلهم ({count})',
  'atlas.downloads': 'التنزيلات',
  'atlas.download.csv': 'الأحداث كلها بصيغة CSV (بأعمدة ACLED)',
  'atlas.download.geojson': 'الأماكن كلها بصيغة GeoJSON، مع أحداثها',
  'atlas.download.json': 'فهرس الأحداث بصيغة JSON',
  'atlas.type.battles': 'معارك',
  'atlas.type.protests': 'احتجاجات',
  'atlas.type.riots': 'أعمال شغب',
  'atlas.type.explosions-remote-violence': 'انفجارات وعنف عن بُعد',
  'atlas.type.violence-against-civilians': 'عنف ضد المدنيين',
  'atlas.type.strategic-developments': 'تطورات استراتيجية',
  'atlas.type.context': 'خلفية',
} as const satisfies Translation<typeof en>;
