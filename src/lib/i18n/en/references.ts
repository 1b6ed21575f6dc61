/** English sentences of the reference sections' data (src/lib/view/reference-view.ts): titles, details, links. */
export const references = {
  'refs.places': 'Places',
  'refs.actors': 'Actors',
  'refs.events': 'Events',
  'refs.dates': 'Dates',
  'refs.sources': 'Sources',
  /** Said under Events when a large report lists only some. */
  'refs.eventsNote': 'The {listed} events the text speaks of; all {total} are in the timeline’s events table and the CSV export.',
  /** An event in a list: its title and date. */
  /** How an event is named when it is chosen (screen readers hear it): `26 October 2023: U.S. strikes`. */
  'refs.eventName': '{date}: {title}',
  'refs.eventLink': '{title} ({date})',
  'refs.moreEvents': { one: 'and {count} more in the events table', other: 'and {count} more in the events table' },
  /** A place's coordinates and how well they are known: `33.5058° N, 38.6178° E (exact)`. */
  'refs.location': '{lat}, {lon} ({precision})',
  'refs.north': '{value}° N',
  'refs.south': '{value}° S',
  'refs.east': '{value}° E',
  'refs.west': '{value}° W',
  'refs.within': '{precision}, within {km} km',
  'refs.day': 'day',
  'refs.dateRange': 'date range',
} as const;
