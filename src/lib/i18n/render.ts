/**
 * Fills one message: the plural form for `count` (`Intl.PluralRules`), then `{name}` placeholders, numbers
 * formatted for the locale. Shared by the catalogue (build time) and the page's messages (browser), so both
 * write a sentence the same way.
 */
import { formatNumber } from './format.ts';
import type { Message, PluralMessage } from './types.ts';

export type MessageParams = Record<string, string | number>;

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralForm(locale: string, message: PluralMessage, count: number): string {
  const language = locale.split('-')[0] ?? locale;
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  // An exact zero reads best as its own sentence where a language has one ("no events" rather than "0 events").
  if (count === 0 && message.zero !== undefined) return message.zero;
  return message[rules.select(count)] ?? message.other;
}

/** The template of a message before its placeholders are filled (the plural form for `count`). */
export function templateOf(locale: string, message: Message, count?: number): string {
  return typeof message === 'string' ? message : pluralForm(locale, message, count ?? 0);
}

/** A message with its placeholders filled; unknown placeholders stay visible (`{name}`), so a slip shows. */
export function renderMessage(locale: string, message: Message, params: MessageParams = {}): string {
  const count = typeof params['count'] === 'number' ? params['count'] : undefined;
  return templateOf(locale, message, count).replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

export type MessagePart = { text: string } | { slot: string };

/**
 * A message cut at the placeholders named in `slots`, for a component that puts elements there (a name in
 * `<bdi>`, a link): `By {authors}` → `[{ text: 'By ' }, { slot: 'authors' }]`. Other placeholders are filled.
 */
export function renderParts(locale: string, message: Message, params: MessageParams, slots: readonly string[]): MessagePart[] {
  const marked = renderMessage(locale, message, { ...params, ...Object.fromEntries(slots.map((name) => [name, `\u0000${name}\u0000`])) });
  return marked
    .split('\u0000')
    .map((piece, i) => (i % 2 === 1 ? { slot: piece } : { text: piece }))
    .filter((part) => !('text' in part) || part.text !== '');
}
