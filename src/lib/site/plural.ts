/** The plural form of a count in a locale (`one`, `other`, ...), to pick a message key: `tag.count.one`. */
export function pluralForm(locale: string, count: number): 'one' | 'other' {
  return new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}
