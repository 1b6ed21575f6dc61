/** Arabic sentences of the reference sections' data (see `../en/references.ts`). */
import type { Translation } from '../types.ts';
import type { references as en } from '../en/references.ts';

export const references = {
  'refs.places': 'الأماكن',
  'refs.actors': 'الأطراف',
  'refs.events': 'الأحداث',
  'refs.dates': 'التواريخ',
  'refs.sources': 'المصادر',
  'refs.eventsNote': 'الأحداث التي يتناولها النص ({listed})؛ أما الأحداث كلها ({total}) ففي جدول أحداث الخط الزمني وفي ملف CSV.',
  'refs.eventName': '{date}: {title}',
  'refs.eventLink': '{title} ({date})',
  'refs.moreEvents': {
    one: 'وحدث آخر في جدول الأحداث',
    two: 'وحدثان آخران في جدول الأحداث',
    few: 'و{count} أحداث أخرى في جدول الأحداث',
    many: 'و{count} حدثًا آخر في جدول الأحداث',
    other: 'و{count} حدث آخر في جدول الأحداث',
  },
  'refs.location': '{lat}، {lon} ({precision})',
  'refs.north': '{value}° شمالًا',
  'refs.south': '{value}° جنوبًا',
  'refs.east': '{value}° شرقًا',
  'refs.west': '{value}° غربًا',
  'refs.within': '{precision}، في نطاق {km} كم',
  'refs.day': 'يوم',
  'refs.dateRange': 'فترة',
} as const satisfies Translation<typeof en>;
