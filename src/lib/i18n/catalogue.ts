/**
 * The message catalogue: `t(locale, key, params)` returns a reader-facing string, with `{name}` placeholders
 * filled from params. English is complete by construction (its keys define `MessageKey`); another language
 * gives every key (the type checks it, and a test checks it uses the same placeholders). Dates and numbers
 * are formatted by `./format.ts` through `Intl`, never by hand: a number passed as a param is formatted in the
 * locale (`3` → `٣` where the site asks for Arabic-Indic digits).
 *
 * A message that depends on a count is an object of plural forms, chosen by `Intl.PluralRules` from the
 * `count` param: English needs `one` and `other`; Arabic also `zero`, `two`, `few` and `many`.
 */
import { en, type MessageKey } from './en/index.ts';
import { ar } from './ar/index.ts';
import { renderMessage, renderParts, templateOf, type MessageParams, type MessagePart } from './render.ts';
import type { Message, PluralMessage } from './types.ts';

export type { Message, MessageKey, MessageParams, MessagePart, PluralMessage };
export type Catalogue = Record<MessageKey, Message>;

export const defaultLocale = 'en';

/** The locales the site ships a catalogue for: the interface languages. */
export const catalogues: Record<string, Catalogue> = { en, ar };

/** The catalogue of a locale (`ar-EG` falls back to `ar`, then to English). */
export function catalogue(locale: string = defaultLocale): Catalogue {
  return catalogues[locale] ?? catalogues[locale.split('-')[0] ?? ''] ?? en;
}

/** The template of a message before its placeholders are filled (the plural form for `count`). */
export function template(locale: string, key: MessageKey, count?: number): string {
  return templateOf(locale, catalogue(locale)[key], count);
}

/** One message, placeholders replaced by params; numbers are formatted for the locale. */
export function t(locale: string, key: MessageKey, params: MessageParams = {}): string {
  return renderMessage(locale, catalogue(locale)[key], params);
}

/** A message cut at the placeholders named in `slots`, where a component puts elements (see `renderParts`). */
export function tParts(locale: string, key: MessageKey, params: MessageParams, slots: readonly string[]): MessagePart[] {
  return renderParts(locale, catalogue(locale)[key], params, slots);
}

/** `t` bound to one locale, for a page or a component: `const m = messagesFor('en'); m('home.heading')`. */
export function messagesFor(locale: string = defaultLocale) {
  return (key: MessageKey, params?: MessageParams) => t(locale, key, params);
}

/** The placeholders a message uses, in every plural form: `{count}`, `{name}`. */
export function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
}
