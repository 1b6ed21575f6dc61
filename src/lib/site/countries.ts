/** Country names from ISO 3166-1 alpha-2 codes, through `Intl.DisplayNames`: every country, any language. */

const cache = new Map<string, Intl.DisplayNames>();

/** `Syria` for `SY` in English; the code itself when the locale's data has no name for it. */
export function countryName(locale: string, code: string): string {
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    cache.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
