import { describe, expect, it } from 'vitest';
import { arabicBaseForms, arabicNamePattern, isArabic, proclitics } from '../../../../src/lib/text/arabic.ts';
import { createMatcher } from '../../../../src/lib/annotate/matcher.ts';
import { nameEntries } from '../../../../src/lib/annotate/names.ts';

const place = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, kind: 'town' as const, lat: 0, lon: 0, precision: 'exact' as const, sources: [] });
const actor = (id: string, name: string, aliases: string[] = [], short?: string) => ({ id, name, aliases, short, kind: 'militia' as const, affiliations: [] });

const report = {
  places: [place('al-bukamal', 'البوكمال', ['al-Bukamal']), place('deir-ez-zor', 'دير الزور'), place('al-tanf', 'التنف')],
  actors: [actor('irgc', 'الحرس الثوري الإيراني', ['الحرس الثوري']), actor('iran', 'إيران'), actor('us-forces', 'القوات الأمريكية')],
};
const find = (text: string) => createMatcher(nameEntries(report)).find(text).map((m) => `${m.text}=${m.ref.id}`);

describe('isArabic()', () => {
  it('tells Arabic script from Latin', () => {
    expect(isArabic('البوكمال')).toBe(true);
    expect(isArabic('al-Bukamal')).toBe(false);
    expect(isArabic('IRGC الحرس')).toBe(true);
  });
});

describe('proclitics()', () => {
  it('chains conjunction, preposition and article, with ل + ال written لل', () => {
    const prefixes = proclitics().map((p) => p.prefix);
    for (const p of ['و', 'ف', 'ب', 'ك', 'ل', 'ال', 'وال', 'بال', 'لل', 'ولل', 'وبال', 'فبال']) expect(prefixes).toContain(p);
    expect(prefixes).not.toContain('لال');
    expect(prefixes).not.toContain('');
  });
});

describe('arabicBaseForms()', () => {
  it('takes proclitics off, longest base first', () => {
    expect(arabicBaseForms('وبالبوكمال').slice(0, 3)).toEqual(['وبالبوكمال', 'بالبوكمال', 'البوكمال']);
    expect(arabicBaseForms('للبوكمال')).toContain('البوكمال');
    expect(arabicBaseForms('لدير الزور')).toContain('دير الزور');
  });

  it('never proposes a one-letter name', () => {
    expect(arabicBaseForms('وب')).toEqual(['وب']);
  });
});

describe('arabicNamePattern()', () => {
  const whole = (name: string, word: string) => new RegExp(`^${arabicNamePattern(name)}$`, 'u').test(word);

  it('admits each written form of a name with the article', () => {
    for (const word of ['البوكمال', 'والبوكمال', 'فالبوكمال', 'بالبوكمال', 'كالبوكمال', 'وبالبوكمال', 'للبوكمال', 'وللبوكمال']) expect(whole('البوكمال', word), word).toBe(true);
    for (const word of ['لالبوكمال', 'ببوكمال', 'بوكمال', 'اللبوكمال']) expect(whole('البوكمال', word), word).toBe(false);
  });

  it('admits each written form of a name without the article, across white space', () => {
    for (const word of ['دير الزور', 'ودير الزور', 'بدير الزور', 'لدير الزور', 'وبدير الزور', 'دير  الزور']) expect(whole('دير الزور', word), word).toBe(true);
    for (const word of ['إيران', 'وإيران', 'لإيران', 'بإيران', 'الإيران']) expect(whole('إيران', word), word).toBe(true);
  });
});

describe('createMatcher() on Arabic text', () => {
  it('matches names with attached prefixes to their entries', () => {
    expect(find('قصفت القوات الأمريكية مواقع للحرس الثوري الإيراني قرب البوكمال وفي دير الزور، ووصلت بالبوكمال ولدير الزور.')).toEqual([
      'القوات الأمريكية=us-forces',
      'للحرس الثوري الإيراني=irgc',
      'البوكمال=al-bukamal',
      'دير الزور=deir-ez-zor',
      'بالبوكمال=al-bukamal',
      'ولدير الزور=deir-ez-zor',
    ]);
  });

  it('matches a conjunction on a name that has no article: «وإيران»', () => {
    expect(find('تدعم طهران وإيران، وللقوات الأمريكية')).toEqual(['وإيران=iran', 'وللقوات الأمريكية=us-forces']);
  });

  it('refuses a longer word that begins like a name', () => {
    expect(find('التنفيذ والتنفيذي والإيرانيون الحرسي')).toEqual([]);
  });

  it('still matches Latin names inside Arabic text', () => {
    expect(find('مدينة al-Bukamal الحدودية')).toEqual(['al-Bukamal=al-bukamal']);
  });
});
