/**
 * Arabic strings of the timeline (see `../en/timeline.ts`). Counts follow their noun in parentheses or after a
 * colon, so one sentence serves every number.
 */
import type { Translation } from '../types.ts';
import type { timeline as en } from '../en/timeline.ts';

export const timeline = {
  'timeline.heading': 'الخط الزمني',
  'timeline.label': 'الخط الزمني، {period}: الأحداث حسب المسار، والأعداد، وتاريخ النشر',
  'timeline.skip': 'انتقل إلى الخط الزمني',

  'timeline.lane.remote': 'هجمات {actor}',
  'timeline.lane.violence': 'أعمال عنف يشارك فيها {actor}',
  'timeline.lane.battles': 'معارك طرفها {actor}',
  'timeline.lane.civilians': 'عنف ضد المدنيين من {actor}',
  'timeline.lane.violenceOther': 'هجمات أطراف أخرى',
  'timeline.lane.violenceUnknown': 'هجمات أطراف مجهولة',
  'timeline.lane.unrest': 'احتجاجات وأعمال شغب',
  'timeline.lane.developments': 'تطورات استراتيجية',
  'timeline.lane.context': 'السياق',

  'timeline.date.week': 'أسبوع {range}',
  'timeline.date.between': 'بين {start} و{end}',

  'timeline.mark.name': '{date}: {title}',
  'timeline.mark.total': '{title} (المجموع: {count})',
  'timeline.bin.one': 'حدث واحد',
  'timeline.bin.other': 'الأحداث: {count}',
  'timeline.bin.title': '{events} ({lane})',
  'timeline.tally.exact': '{label}: {value}',
  'timeline.tally.atLeast': '{label}: {value} على الأقل',
  'timeline.tally.atMost': '{label}: {value} على الأكثر',
  'timeline.tally.moreThan': '{label}: أكثر من {value}',
  'timeline.tally.fewerThan': '{label}: أقل من {value}',
  'timeline.tally.about': '{label}: نحو {value}',
  'timeline.tally.parts': '{text} ({parts})',
  'timeline.tally.part': '{label} {value}',
  'timeline.tally.name': '{text}، {period}',
  'timeline.published.day': 'نُشر في {date}',
  'timeline.published.range': 'نُشر {date}',

  'timeline.histogram.title.day': 'الحوادث في اليوم، حسب البلد',
  'timeline.histogram.title.week': 'الحوادث في الأسبوع، حسب البلد',
  'timeline.histogram.name': 'مخطط الحوادث في {unit}، مكدّسة حسب البلد ({countries})',
  'timeline.histogram.unit.day': 'اليوم',
  'timeline.histogram.unit.week': 'الأسبوع',
  'timeline.histogram.bar': '{when}: الحوادث {total}{parts}',
  'timeline.histogram.weekOf': 'أسبوع {range}',
  'timeline.histogram.unbinned': 'الحوادث المعروفة مجاميعَ على فترات أطول ({count}) مرسومة نطاقاتٍ لا أعمدة',
  'timeline.country.unknown': 'البلد غير مذكور',

  'timeline.zoomIn': 'تكبير الخط الزمني',
  'timeline.zoomOut': 'تصغير الخط الزمني',
  'timeline.zoomReset': 'الفترة كلها',
  'timeline.clearRange': 'إلغاء النطاق',
  'timeline.help':
    'تنتقل مفاتيح الأسهم بين الأحداث حسب تاريخها؛ يختار مفتاح الإدخال الحدث ويلغي مفتاح الهروب الاختيار. اسحب على المخطط (على الهاتف: على امتداد التواريخ) لاختيار نطاق من التواريخ؛ ويوسّعه Shift مع مفاتيح الأسهم انطلاقًا من الحدث المحدد. يكبّر + ويصغّر −، وكذلك Ctrl مع عجلة الفأرة وقرصة الإصبعين.',
  'timeline.status.showing': 'المعروض: {period}',
  'timeline.status.whole': 'المعروض: الفترة كلها',
  'timeline.status.range': 'النطاق {period}: {count} من أصل {total} علامة',

  'timeline.legend.heading': 'مفتاح الخط الزمني',
  'timeline.legend.day': 'يوم معروف',
  'timeline.legend.range': 'تاريخ تقريبي: وقع الحدث في موضع ما من الشريط، وطرفاه الباهتان هما الحدّان غير المؤكدين',
  'timeline.legend.rangeExact': 'فترة معروفة من الأيام',
  'timeline.legend.bracket': 'عددٌ على فترته كما تذكره المصادر',
  'timeline.legend.published': 'تاريخ النشر',
  'timeline.legend.lanes': 'المسارات',
  'timeline.legend.country': 'حوادث في {country}',
  'timeline.legend.hidden': 'تظهر التسميات التي لا تتسع عند الإشارة إلى العلامة أو تحديدها، وفي الجدول أدناه.',

  'timeline.table.summary': 'الأحداث في جدول ({count})',
  'timeline.table.caption': 'أحداث التقرير مرتبة حسب التاريخ',
  'timeline.table.date': 'التاريخ',
  'timeline.table.event': 'الحدث',
  'timeline.table.type': 'النوع',
  'timeline.table.places': 'الأماكن',
  'timeline.table.actors': 'الأطراف',
  'timeline.table.confidence': 'درجة التأكد',
  'timeline.table.sources': 'المصادر',
  'timeline.table.against': '{by} ضد {against}',
  'timeline.table.unknownActor': 'مجهول',
} as const satisfies Translation<typeof en>;
