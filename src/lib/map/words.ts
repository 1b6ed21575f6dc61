/** Lists in words through `Intl.ListFormat`: `a, b and c` in English, each language's own way elsewhere. */
export function listOf(locale: string, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
