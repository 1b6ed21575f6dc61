/** English sentences around a tally's parts (qualifiers are in `./figures.ts`): `24 in Iraq`, `12 of 40`. */
export const tallies = {
  /** One part of a breakdown: `24 in Iraq`. */
  'tally.part': '{value} in {label}',
  /** A count out of a whole: `12 of 40`. */
  'tally.of': '{value} of {total}',
} as const;
