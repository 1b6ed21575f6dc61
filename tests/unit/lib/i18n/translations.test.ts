import { describe, expect, it } from 'vitest';
import { alternatesOf, reportLocale, reportPath, reportsInLanguage, reportsInLocale, translationProblems, versionsOf } from '../../../../src/lib/i18n/translations.ts';

const report = (id: string, lang: string, translationOf?: string) => ({ id, data: { lang, translationOf } });
const original = report('strikes', 'ar');
const english = report('strikes-en', 'en', 'strikes');
const french = report('strikes-fr', 'fr', 'strikes');
const seed = report('seed', 'en');
const all = [original, english, french, seed];

describe('where a report lives', () => {
  it('under the interface language of its lang', () => {
    expect(reportLocale(original)).toBe('ar');
    expect(reportLocale(report('x', 'ar-EG'))).toBe('ar');
    expect(reportLocale(french)).toBe('en');
    expect(reportPath(original, { base: '/' })).toBe('/ar/reports/strikes/');
    expect(reportPath(english, { base: '/field-reports/' })).toBe('/field-reports/reports/strikes-en/');
  });

  it('reportsInLocale() gives each interface its reports; reportsInLanguage() filters by language', () => {
    expect(reportsInLocale(all, 'ar').map((r) => r.id)).toEqual(['strikes']);
    expect(reportsInLocale(all, 'en').map((r) => r.id)).toEqual(['strikes-en', 'strikes-fr', 'seed']);
    expect(reportsInLanguage([...all, report('eg', 'ar-EG')], 'ar').map((r) => r.id)).toEqual(['strikes', 'eg']);
  });
});

describe('language versions', () => {
  it('versionsOf() links an original and all its translations, both ways', () => {
    expect(versionsOf(original, all).map((r) => r.id)).toEqual(['strikes-en', 'strikes-fr']);
    expect(versionsOf(english, all).map((r) => r.id)).toEqual(['strikes', 'strikes-fr']);
    expect(versionsOf(seed, all)).toEqual([]);
  });

  it('alternatesOf() gives each version its language, absolute URL and site path', () => {
    expect(alternatesOf(english, all, { base: '/', origin: 'https://reports.example' })).toEqual([
      { lang: 'ar', href: 'https://reports.example/ar/reports/strikes/', path: '/ar/reports/strikes/' },
      { lang: 'fr', href: 'https://reports.example/reports/strikes-fr/', path: '/reports/strikes-fr/' },
    ]);
  });

  it('translationProblems() names a missing, circular or same-language original with the fix', () => {
    const problems = translationProblems([original, report('a', 'en', 'nope'), report('b', 'en', 'b'), report('c', 'ar', 'strikes')]);
    expect(problems).toEqual([
      { id: 'a', message: "translationOf names no published report: 'nope'", fix: expect.stringContaining('strikes') },
      { id: 'b', message: "translationOf names the report itself ('b')", fix: expect.any(String) },
      { id: 'c', message: "translationOf names 'strikes', which is in the same language (ar)", fix: expect.any(String) },
    ]);
    expect(translationProblems(all)).toEqual([]);
  });
});
