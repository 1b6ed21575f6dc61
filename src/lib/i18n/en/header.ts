/** English strings of a report's header (title block) and its "About this report" section. */
export const header = {
  /** Byline; `{authors}` is a list formatted for the language (`A, B and C`). */
  'header.byline': 'By {authors}',
  /** A publication date known only as a range (`{date}` reads `between 12 and 20 November 2023`). */
  'header.publishedApprox': 'Published {date}',
  /** The editors' note on how an uncertain publication date was derived. */
  'header.dateNote': 'Date: {note}',
  'header.titleByEditors': 'Headline by Sitrep’s editors: the source text carries none.',
  /** A visible link to the same report in another language; `{language}` is that language's own name. */
  'header.translation': 'Also in {language}',
  'meta.heading': 'About this report',
  'meta.photoCredit': 'The original publication carries a photograph ({credit}). Sitrep does not have it and shows none.',
  'meta.disclaimer': 'Publisher’s note:',
  'meta.language': 'Language of the report: {language}.',
} as const;
