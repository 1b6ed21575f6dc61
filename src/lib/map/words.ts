/** The map's words that come from the catalogue and `Intl` (build time only: the browser gets them ready-made). */
import { t, type MessageKey } from '../i18n/catalogue.ts';
import type { PlaceKind } from '../schema/place.ts';

/** Lists in words through `Intl.ListFormat`: `a, b, and c` in English, each language's own way elsewhere. */
export function listOf(locale: string, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** A kind's name in a locale, singular (`coalition base`) or plural (`coalition bases`). */
export function kindLabel(locale: string, kind: PlaceKind, plural = false): string {
  return t(locale, `map.kind.${kind}${plural ? '.plural' : ''}` as MessageKey);
}
