import { describe, expect, it } from 'vitest';
import { langAttributes, languageOf, localeOfPath, textDirection, uiLocaleFor, uiLocales } from '../../../../src/lib/i18n/locale.ts';

describe('textDirection()', () => {
  it('knows right-to-left languages from their script, not from a list of languages', () => {
    for (const lang of ['ar', 'ar-EG', 'fa', 'he', 'ur', 'ckb', 'dv', 'ps', 'yi', 'syr', 'az-Arab']) expect(textDirection(lang), lang).toBe('rtl');
    for (const lang of ['en', 'fr', 'ru', 'az', 'az-Latn', 'zh', 'und']) expect(textDirection(lang), lang).toBe('ltr');
  });

  it('treats a malformed tag as left-to-right instead of throwing', () => {
    expect(textDirection('not a tag')).toBe('ltr');
  });
});

describe('the interface languages', () => {
  it('are English (the default, first) and Arabic', () => {
    expect(uiLocales).toEqual(['en', 'ar']);
  });

  it('uiLocaleFor() picks the interface for a content language', () => {
    expect(uiLocaleFor('ar')).toBe('ar');
    expect(uiLocaleFor('ar-EG')).toBe('ar');
    expect(uiLocaleFor('en-US')).toBe('en');
    expect(uiLocaleFor('fr')).toBe('en');
    expect(uiLocaleFor(undefined)).toBe('en');
    expect(languageOf('ar-Arab-EG')).toBe('ar');
  });

  it('localeOfPath() reads the prefix, under any base path', () => {
    expect(localeOfPath('/ar/reports/x/', '/')).toBe('ar');
    expect(localeOfPath('/ar/', '/')).toBe('ar');
    expect(localeOfPath('/reports/x/', '/')).toBe('en');
    expect(localeOfPath('/', '/')).toBe('en');
    expect(localeOfPath('/field-reports/ar/reports/x/', '/field-reports/')).toBe('ar');
    expect(localeOfPath('/field-reports/reports/arabic/', '/field-reports/')).toBe('en');
    expect(localeOfPath('/archive/', '/')).toBe('en');
  });

  it('langAttributes() gives lang and dir together', () => {
    expect(langAttributes('ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(langAttributes('en')).toEqual({ lang: 'en', dir: 'ltr' });
  });
});
