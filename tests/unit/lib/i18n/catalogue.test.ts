import { describe, expect, it } from 'vitest';
import { catalogue, catalogues, messagesFor, placeholders, t, type Message } from '../../../../src/lib/i18n/catalogue.ts';
import { en } from '../../../../src/lib/i18n/en/index.ts';

const texts = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message).filter((v): v is string => typeof v === 'string'));
/** Names that every language writes alike: the product, feed formats. */
const NAMES = new Set(['Sitrep', 'RSS', 'Atom', 'JSON Feed']);
/** A message with no words of its own (placeholders and punctuation) or a name. */
const noWords = (text: string) => NAMES.has(text) || !/\p{L}/u.test(text.replace(/\{\w+\}/g, ''));

describe('the catalogues', () => {
  const languages = Object.keys(catalogues).filter((l) => l !== 'en');

  it('ship English and Arabic', () => {
    expect(Object.keys(catalogues).sort()).toEqual(['ar', 'en']);
  });

  it.each(languages)('%s has every English key and no other', (language) => {
    expect(Object.keys(catalogue(language)).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(languages)('%s uses the placeholders of each English message', (language) => {
    const wrong = Object.entries(en).filter(([key, message]) => {
      const theirs = placeholders(catalogue(language)[key as keyof typeof en]);
      const ours = placeholders(message);
      // A plural form may spell out a number ("one more") and drop {count}; no other placeholder may go or come.
      return theirs.filter((p) => p !== 'count').join() !== ours.filter((p) => p !== 'count').join() || theirs.some((p) => !ours.includes(p));
    });
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  it('Arabic messages are written in Arabic (no English left untranslated)', () => {
    const ar = catalogue('ar');
    const english = Object.entries(ar).filter(([, message]) => texts(message).some((text) => !noWords(text) && !/\p{Script=Arabic}/u.test(text)));
    expect(english.map(([key]) => key)).toEqual([]);
  });

  it('Arabic plural messages give every form Arabic needs', () => {
    const needed = new Intl.PluralRules('ar').resolvedOptions().pluralCategories.filter((c) => c !== 'zero');
    for (const [key, message] of Object.entries(catalogue('ar'))) {
      if (typeof message === 'string') continue;
      expect(Object.keys(message), key).toEqual(expect.arrayContaining(needed));
    }
  });

  it('no message is empty', () => {
    for (const [language, messages] of Object.entries(catalogues)) {
      for (const [key, message] of Object.entries(messages)) expect(texts(message).every((text) => text.trim() !== ''), `${language} ${key}`).toBe(true);
    }
  });
});

describe('t()', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'header.byline', { authors: 'Samer al-Ahmed' })).toBe('By Samer al-Ahmed');
    expect(t('en', 'header.byline')).toBe('By {authors}');
  });

  it('formats numbers for the language', () => {
    expect(t('en', 'tally.part', { value: 1234, label: 'Iraq' })).toBe('1,234 in Iraq');
    expect(t('ar', 'figures.qualifier.at-least', { value: 46 })).toBe('46 على الأقل');
  });

  it('chooses the plural form from count, with Arabic agreement', () => {
    expect(t('en', 'cards.more', { count: 1 })).toBe('and 1 more');
    expect(t('en', 'cards.more', { count: 12 })).toBe('and 12 more');
    expect(t('ar', 'cards.more', { count: 1 })).toBe('وعنصر آخر');
    expect(t('ar', 'cards.more', { count: 2 })).toBe('وعنصران آخران');
    expect(t('ar', 'cards.more', { count: 5 })).toBe('و5 عناصر أخرى');
    expect(t('ar', 'cards.more', { count: 11 })).toBe('و11 عنصرًا آخر');
    expect(t('ar', 'cards.more', { count: 100 })).toBe('و100 عنصر آخر');
  });

  it('falls back from a regional locale to its language, then to English', () => {
    expect(t('ar-EG', 'copy.button')).toBe('نسخ الرابط');
    expect(t('fr', 'copy.button')).toBe('Copy link');
    expect(messagesFor('ar')('meta.heading')).toBe('عن هذا التقرير');
  });
});
