/**
 * Languages and directions. Two ideas are kept apart:
 * - the **interface language** of a page (`en`, the default, without a URL prefix; `ar` under `/ar/`): the
 *   language of every label, button and generated sentence, one of the languages with a catalogue;
 * - the **content language** of a report (its `lang`, any BCP 47 tag): the language of its prose. A report's page
 *   lives under the interface language closest to it (`ar-EG` → `ar`; `fr` → `en`, the default).
 */
import { catalogues, defaultLocale } from './catalogue.ts';
import { normaliseBase, siteBase } from '../routes.ts';

/** The interface languages the site ships (one per catalogue), the default first. */
export const uiLocales: readonly string[] = [defaultLocale, ...Object.keys(catalogues).filter((l) => l !== defaultLocale)];

/** The language subtag of a BCP 47 tag: `ar-EG` → `ar`. */
export function languageOf(tag: string): string {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return tag.split('-')[0]?.toLowerCase() ?? tag;
  }
}

/** The interface language for content in `lang`: itself, its language subtag, or the default. */
export function uiLocaleFor(lang: string | undefined): string {
  if (!lang) return defaultLocale;
  if (uiLocales.includes(lang)) return lang;
  const language = languageOf(lang);
  return uiLocales.includes(language) ? language : defaultLocale;
}

/** Scripts written right to left (ISO 15924), for runtimes without `Intl.Locale#getTextInfo`. */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Aran', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

type WithTextInfo = Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };

/** The writing direction of a language: `rtl` for `ar`, `fa`, `he`, `ur`, `ckb`, `dv` ...; `ltr` otherwise. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  let locale: WithTextInfo;
  try {
    locale = new Intl.Locale(lang) as WithTextInfo;
  } catch {
    return 'ltr';
  }
  const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : locale.textInfo;
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  return RTL_SCRIPTS.has(locale.maximize().script ?? '') ? 'rtl' : 'ltr';
}

/**
 * The interface language of a page from its path: `/ar/reports/x/` → `ar`, `/reports/x/` → `en`. The base path
 * the site is published under is skipped (`/field-reports/ar/` → `ar`). Components call it with
 * `Astro.url.pathname`, so no prop has to carry the language through every layer.
 */
export function localeOfPath(pathname: string, base: string = siteBase()): string {
  const root = normaliseBase(base);
  const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
  const first = rest.split('/')[0] ?? '';
  return first !== defaultLocale && uiLocales.includes(first) ? first : defaultLocale;
}

/** `lang` and `dir` attributes for an element holding content in `lang`. */
export function langAttributes(lang: string): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang, dir: textDirection(lang) };
}
