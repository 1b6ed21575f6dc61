/**
 * The page's strings for browser code: `message('copy.button')`, `message('cards.more', { count: 3 })`.
 * The page hands them over as JSON (`#sitrep-messages`, written by src/layouts/Base.astro from the
 * catalogue: only the keys browser code uses, see src/lib/i18n/client.ts); plural forms and numbers follow the
 * page's language, as at build time.
 */
import type { ClientMessages } from '../lib/i18n/client.ts';
import type { MessageKey } from '../lib/i18n/catalogue.ts';
import { renderMessage, type MessageParams } from '../lib/i18n/render.ts';

let loaded: ClientMessages | undefined;

/** The page's messages (read once). */
export function pageMessages(doc: Document = document): ClientMessages {
  if (loaded) return loaded;
  const text = doc.getElementById('sitrep-messages')?.textContent;
  const lang = doc.documentElement.lang || 'en';
  loaded = text ? (JSON.parse(text) as ClientMessages) : { locale: lang, intl: lang, dir: 'ltr', messages: {} };
  return loaded;
}

/** One message of the page's language; a key the page did not hand over shows as itself, so the slip is visible. */
export function message(key: MessageKey, params?: MessageParams): string {
  const page = pageMessages();
  const found = page.messages[key];
  return found === undefined ? key : renderMessage(page.intl, found, params);
}
