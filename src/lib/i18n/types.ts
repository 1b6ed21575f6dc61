/** Types shared by the catalogues (kept apart from `catalogue.ts` so that area files import no values). */

/** Plural forms of one message, by `Intl.PluralRules` category; `other` is required. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
/** One message: a template with `{name}` placeholders, or its plural forms. */
export type Message = string | PluralMessage;
/**
 * The translation of one English area file: exactly its keys, each a message. An Arabic area file is
 * `export const cards = { ... } satisfies Translation<typeof en.cards>`, so a key missing or left over
 * is a type error.
 */
export type Translation<T> = { readonly [K in keyof T]: Message };
