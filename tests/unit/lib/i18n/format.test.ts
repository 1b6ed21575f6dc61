import { afterEach, describe, expect, it } from 'vitest';
import { DAY, MONTH, formatDate, formatDateRange, formatList, formatNumber, intlLocale } from '../../../../src/lib/i18n/format.ts';
import { parseFormatLocales } from '../../../../src/lib/i18n/settings.ts';

afterEach(() => {
  delete process.env['SITREP_FORMAT_LOCALES'];
});

describe('intlLocale()', () => {
  it('picks the regional conventions and the digits explicitly', () => {
    expect(intlLocale('en')).toBe('en-GB-u-nu-latn');
    expect(intlLocale('ar')).toBe('ar-u-nu-latn');
    expect(intlLocale('ar-EG')).toBe('ar-EG-u-nu-arab');
    expect(intlLocale('ar-u-nu-arab')).toBe('ar-u-nu-arab');
    expect(intlLocale('fr')).toBe('fr');
  });

  it('follows the SITREP_FORMAT_LOCALES site setting', () => {
    process.env['SITREP_FORMAT_LOCALES'] = 'ar=ar-EG';
    expect(intlLocale('ar')).toBe('ar-EG-u-nu-arab');
    expect(formatDate('ar', '2023-10-26')).toBe('٢٦ أكتوبر ٢٠٢٣');
    expect(formatNumber('ar', 1234)).toBe('١٬٢٣٤');
  });
});

describe('parseFormatLocales()', () => {
  it('reads language=locale pairs and refuses nonsense with the fix', () => {
    expect(parseFormatLocales('ar=ar-EG, en=en-US')).toEqual({ ar: 'ar-EG', en: 'en-US' });
    expect(parseFormatLocales(undefined)).toEqual({});
    expect(() => parseFormatLocales('ar')).toThrow(/'ar' is not 'language=locale'.*e\.g\. 'ar=ar-EG'/);
    expect(() => parseFormatLocales('ar=not a locale')).toThrow(/SITREP_FORMAT_LOCALES/);
  });
});

describe('formatDate() and formatDateRange()', () => {
  it('keep the calendar day in any zone (tests run in Los Angeles)', () => {
    expect(formatDate('en', '2023-10-26')).toBe('26 October 2023');
    expect(formatDate('ar', '2023-10-26')).toBe('26 أكتوبر 2023');
    expect(formatDate('en', '2023-01-01', MONTH)).toBe('January 2023');
  });

  it('share what the two ends share and close up a dash between bare numbers', () => {
    expect(formatDateRange('en', '2023-11-03', '2023-11-09')).toBe('3–9 November 2023');
    expect(formatDateRange('en', '2023-10-17', '2023-11-09')).toBe('17 October – 9 November 2023');
    expect(formatDateRange('ar', '2023-10-17', '2023-11-09')).toBe('17 أكتوبر – 9 نوفمبر 2023');
    expect(formatDateRange('en', '2023-11-03', '2023-11-03')).toBe('3 November 2023');
    expect(formatDateRange('en', '2023-11-01', '2023-11-30', MONTH)).toBe('November 2023');
  });

  it('join with words for sentences', () => {
    expect(formatDateRange('en', '2023-11-12', '2023-11-20', DAY, { connector: ' and ' })).toBe('12 and 20 November 2023');
    expect(formatDateRange('ar', '2023-11-12', '2023-11-20', DAY, { connector: ' و' })).toBe('12 و20 نوفمبر 2023');
  });
});

describe('formatNumber() and formatList()', () => {
  it('format for the language', () => {
    expect(formatNumber('en', 10000)).toBe('10,000');
    expect(formatNumber('ar', 10000)).toBe('10,000');
    expect(formatNumber('ar-EG', 46)).toBe('٤٦');
    expect(formatList('en', ['A', 'B', 'C'])).toBe('A, B and C');
    expect(formatList('ar', ['أ', 'ب', 'ج'])).toBe('أ وب وج');
  });
});
