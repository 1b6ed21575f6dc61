/**
 * The site's language settings: which regional conventions format each interface language's dates and
 * numbers, and with which digits. English dates read `26 October 2023` (British order); Arabic uses Latin
 * digits (`26 أكتوبر 2023`) unless the site asks for Arabic-Indic ones (`٢٦ أكتوبر ٢٠٢٣`).
 *
 * A site changes them at build time with `SITREP_FORMAT_LOCALES`, a comma-separated list of
 * `language=locale` pairs, e.g. `SITREP_FORMAT_LOCALES=ar=ar-EG` (Egyptian conventions: Arabic-Indic
 * digits) or `ar=ar-u-nu-arab` (the digits alone). See docs/languages.md.
 */

/** The regional locale that formats each interface language's dates and numbers, by default. */
export const defaultFormatLocales: Readonly<Record<string, string>> = { en: 'en-GB', ar: 'ar' };

/**
 * The numbering system of a formatting locale, chosen explicitly rather than left to the runtime's
 * data (ICU has moved `ar` between the two over the years). A locale not listed keeps Intl's default.
 */
export const numberingSystems: Readonly<Record<string, string>> = {
  en: 'latn',
  'en-GB': 'latn',
  ar: 'latn',
  'ar-EG': 'arab',
  'ar-SA': 'arab',
};

/** Reads `SITREP_FORMAT_LOCALES` (`ar=ar-EG,en=en-US`); throws on a pair that is not a valid locale. */
export function parseFormatLocales(value: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (value ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [language = '', locale = ''] = pair.split('=').map((p) => p.trim());
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(locale)[0];
    } catch {
      canonical = undefined;
    }
    if (!language || !canonical) {
      throw new Error(`SITREP_FORMAT_LOCALES: '${pair}' is not 'language=locale' with a BCP 47 locale (e.g. 'ar=ar-EG'; see docs/languages.md)`);
    }
    out[language] = canonical;
  }
  return out;
}

function envValue(): string | undefined {
  return typeof process === 'undefined' ? undefined : process.env?.['SITREP_FORMAT_LOCALES'];
}

let cached: { env: string | undefined; table: Record<string, string> } | undefined;

/** The formatting locales in force: the defaults, overridden by `SITREP_FORMAT_LOCALES`. */
export function formatLocales(): Readonly<Record<string, string>> {
  const env = envValue();
  if (!cached || cached.env !== env) cached = { env, table: { ...defaultFormatLocales, ...parseFormatLocales(env) } };
  return cached.table;
}
