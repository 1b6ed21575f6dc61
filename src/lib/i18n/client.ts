/**
 * The strings browser code needs, handed over by the page: the page writes them as JSON into
 * `<script type="application/json" id="sitrep-messages">` (see `src/layouts/Base.astro`), and
 * `src/scripts/messages.ts` reads them. Browser code never bundles a catalogue, only what it shows.
 *
 * Browser code that shows a string adds its key's area (`cards.`) or the key itself to `browserKeys`.
 */
import { catalogue, defaultLocale, type Message, type MessageKey } from './catalogue.ts';
import { intlLocale } from './format.ts';
import { textDirection } from './locale.ts';

/** Key prefixes (an area and its dot) or whole keys of the messages browser code shows. */
export const browserKeys: readonly string[] = ['cards.', 'copy.', 'confidence.', 'date.'];

export interface ClientMessages {
  /** The interface language (`ar`). */
  locale: string;
  /** The Intl locale that formats its dates and numbers, numbering system included (`ar-u-nu-latn`). */
  intl: string;
  dir: 'ltr' | 'rtl';
  messages: Partial<Record<MessageKey, Message>>;
}

/** The messages of `locale` that browser code uses. */
export function clientMessages(locale: string = defaultLocale, keys: readonly string[] = browserKeys): ClientMessages {
  const messages: Partial<Record<MessageKey, Message>> = {};
  for (const [key, message] of Object.entries(catalogue(locale)) as [MessageKey, Message][]) {
    if (keys.some((k) => (k.endsWith('.') ? key.startsWith(k) : key === k))) messages[key] = message;
  }
  return { locale, intl: intlLocale(locale), dir: textDirection(locale), messages };
}
