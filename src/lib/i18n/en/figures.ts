/**
 * English sentences around a report's figures (tallies): `at least 46`, `24 in Iraq`. `{value}` is a number
 * already formatted for the language.
 */
export const figures = {
  'tally.exact': '{value}',
  'tally.atLeast': 'at least {value}',
  'tally.atMost': 'at most {value}',
  'tally.about': 'about {value}',
  /** One part of a breakdown: `24 in Iraq`. */
  'tally.part': '{value} in {label}',
} as const;
