import { describe, expect, it } from 'vitest';
import { referenceSections } from '../../../../src/lib/view/reference-view.ts';
import { Report } from '../../../../src/lib/schema/report.ts';

const report = Report.parse({
  lang: 'ar',
  title: 'تقرير للاختبار',
  dek: 'تقرير صغير لاختبار الأقسام المرجعية بالعربية.',
  authors: [{ name: 'كاتب' }],
  publisher: 'Sitrep',
  published: '2023-11-15',
  period: { start: '2023-10-17', end: '2023-11-09' },
  places: [{ id: 'al-bukamal', name: 'البوكمال', kind: 'town', lat: 34.4536, lon: 40.9367, precision: 'near', radiusKm: 3 }],
  actors: [
    { id: 'irgc', name: 'الحرس الثوري الإيراني', short: 'IRGC', kind: 'state-force' },
    { id: 'quds', name: 'فيلق القدس', kind: 'state-force', affiliations: [{ actor: 'irgc', relation: 'part-of' }] },
  ],
  events: [
    { id: 'strike', title: 'ضربة جوية', date: '2023-10-26', type: 'explosions-remote-violence', subtype: 'air-drone-strike', places: ['al-bukamal'], actors: { by: [], against: ['irgc'] }, confidence: 'confirmed' },
  ],
});

describe('referenceSections() in Arabic', () => {
  const sections = referenceSections(report, { 'date:2023-10-26': 1 }, 'ar');
  const entry = (kind: string, id: string) => sections.flatMap((s) => s.entries).find((e) => e.ref.kind === kind && e.ref.id === id);

  it('titles its sections in Arabic', () => {
    expect(sections.map((s) => s.title)).toEqual(['الأماكن', 'الأطراف', 'الأحداث', 'التواريخ']);
  });

  it('writes kinds, coordinates, relations and dates in Arabic', () => {
    expect(entry('place', 'al-bukamal')).toMatchObject({ kind: 'بلدة', details: ['34.4536° شمالًا، 40.9367° شرقًا (تقريبي، في نطاق 3 كم)'] });
    expect(entry('actor', 'quds')).toMatchObject({ kind: 'قوة حكومية', affiliations: [{ text: 'جزء من الحرس الثوري الإيراني', href: '#ref-actor-irgc' }] });
    expect(entry('event', 'strike')).toMatchObject({ kind: 'ضربة جوية أو بطائرة مسيّرة', details: ['26 أكتوبر 2023', 'البوكمال'] });
    expect(entry('place', 'al-bukamal')?.events[0]?.text).toBe('ضربة جوية (26 أكتوبر 2023)');
    expect(entry('date', '2023-10-26')).toMatchObject({ name: '26 أكتوبر 2023', kind: 'يوم' });
  });

  it('stays English by default', () => {
    const english = referenceSections(report, {});
    expect(english.map((s) => s.title)).toEqual(['Places', 'Actors', 'Events']);
    expect(english[0]?.entries[0]).toMatchObject({ kind: 'town', details: ['34.4536° N, 40.9367° E (near, within 3 km)'] });
  });
});
