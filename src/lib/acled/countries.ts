/**
 * ACLED's `iso` column is the ISO 3166-1 numeric code of the country ('729' Sudan, '804' Ukraine).
 * Every country, from a general table: CLDR's region data as the runtime's `Intl` carries it.
 * `Intl.Locale` canonicalises a numeric region subtag to its alpha-2 code (`und-729` → `SD`), and
 * `Intl.DisplayNames` names it. No country list is written here.
 */

/**
 * Numeric codes that CLDR maps onto a current country but that are not its ISO 3166-1 code:
 * codes withdrawn from ISO 3166-1 (ISO 3166-3: Czechoslovakia 200, Ethiopia before 1993 230,
 * Metropolitan France 249, the two German states 278 and 280, the Netherlands Antilles 530 and 532,
 * the Neutral Zone 536, the Pacific Islands trust territory 582, the two Yemens 720 and 886,
 * the USSR 810, Yugoslavia 890 and Serbia and Montenegro 891, Sudan before 2011 736) and UN M.49
 * groupings (the Commonwealth of Independent States 172, the Channel Islands 830). They are read
 * on import (an old file may use them) but never written.
 */
const NOT_CURRENT = new Set(['172', '200', '230', '249', '278', '280', '530', '532', '536', '582', '720', '736', '810', '830', '886', '890', '891']);

const ALPHA2 = /^[A-Z]{2}$/;
/** ISO 3166-1's user-assigned codes (AA, QM–QZ, XA–XZ, ZZ: CLDR's "Unknown Region" is 999 → ZZ): no country. */
const USER_ASSIGNED = /^(?:AA|Q[M-Z]|X[A-Z]|ZZ)$/;

/** The ISO 3166-1 alpha-2 code of ACLED's numeric `iso` ('729' → 'SD'), or undefined when it names no country. */
export function alpha2OfNumeric(iso: string | number): string | undefined {
  const code = String(iso).trim().padStart(3, '0');
  if (!/^\d{3}$/.test(code)) return undefined;
  try {
    const region = new Intl.Locale(`und-${code}`).region;
    return region && ALPHA2.test(region) && !USER_ASSIGNED.test(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

let numericByAlpha2: Map<string, string> | undefined;

/** ACLED's numeric `iso` ('729') of an ISO 3166-1 alpha-2 code ('SD'), or undefined when there is none. */
export function numericOfAlpha2(alpha2: string): string | undefined {
  if (!numericByAlpha2) {
    numericByAlpha2 = new Map();
    for (let n = 1; n < 1000; n++) {
      const code = String(n).padStart(3, '0');
      if (NOT_CURRENT.has(code)) continue;
      const region = alpha2OfNumeric(code);
      if (region && !numericByAlpha2.has(region)) numericByAlpha2.set(region, code);
    }
  }
  return numericByAlpha2.get(alpha2.toUpperCase());
}

/** The country's name for readers of `locale` ('SD' → 'Sudan'), or the code itself when the runtime has no name. */
export function countryName(alpha2: string, locale = 'en'): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(alpha2.toUpperCase()) ?? alpha2;
  } catch {
    return alpha2;
  }
}
