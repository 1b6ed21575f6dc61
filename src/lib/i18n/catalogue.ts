/**
 * The message catalogue: `t(locale, key, params)` returns a reader-facing string, with `{name}` placeholders
 * filled from params. English is complete by construction (its keys define `MessageKey`); another language
 * gives every key (the type checks it) and falls back to English for none. Dates and numbers are formatted
 * by `./format.ts` through `Intl`, never by hand.
 */
import { en, type MessageKey } from './en/index.ts';

export type { MessageKey };
export type Catalogue = Record<MessageKey, string>;

/** The locales the site ships a catalogue for. */
export const catalogues: Record<string, Catalogue> = { en };

export const defaultLocale = 'en';

/** The catalogue of a locale (`ar-EG` falls back to `ar`, then to English). */
export function catalogue(locale: string = defaultLocale): Catalogue {
  return catalogues[locale] ?? catalogues[locale.split('-')[0] ?? ''] ?? en;
}

export type MessageParams = Record<string, string | number>;

/** One message, with `{name}` placeholders replaced by params (already formatted by the caller). */
export function t(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogue(locale)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** `t` bound to one locale, for a page or a component: `const m = messagesFor('en'); m('home.heading')`. */
export function messagesFor(locale: string = defaultLocale) {
  return (key: MessageKey, params?: MessageParams) => t(locale, key, params);
}
