/** English strings about the site's languages: the switch between editions. */
export const languages = {
  /** The accessible name of the links to the site's other interface languages. */
  'languages.nav': 'This site in other languages',
} as const;
