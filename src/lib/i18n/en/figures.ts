/** Figures: tallies whose sources differ, parts of a whole (issue 14). */
export const figures = {
  /** Before the estimates of a count that sources give differently; {range} is e.g. `34–47`. */
  'figures.sourcesDiffer': 'Sources differ ({range}):',
  /** One source's estimate: {figure} e.g. `more than 40`, {source} its title, {date} the day it was given. */
  'figures.estimate': '{figure} ({source}, {date})',
  /** A range of estimates. */
  'figures.range': '{min}–{max}',
  /** Qualifiers, kept as the source words them. */
  'figures.qualifier.exact': '{value}',
  'figures.qualifier.at-least': 'at least {value}',
  'figures.qualifier.more-than': 'more than {value}',
  'figures.qualifier.at-most': 'at most {value}',
  'figures.qualifier.fewer-than': 'fewer than {value}',
  'figures.qualifier.about': 'about {value}',
} as const;
