/** Country names for the histogram's legend, from ISO 3166-1 alpha-2 codes. */
const NAMES: Record<string, string> = {
  SY: 'Syria',
  IQ: 'Iraq',
  LB: 'Lebanon',
  IL: 'Israel',
  PS: 'Palestine',
  JO: 'Jordan',
  TR: 'Türkiye',
  IR: 'Iran',
  YE: 'Yemen',
  SA: 'Saudi Arabia',
};

/** `Syria` for `SY`; the code itself when unknown; `country not given` for `''`. */
export function countryName(code: string): string {
  if (code === '') return 'country not given';
  return NAMES[code] ?? code;
}
