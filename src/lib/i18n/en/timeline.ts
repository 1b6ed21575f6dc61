/** English strings of the timeline: lanes, dates, marks, brackets, the histogram, controls, legend and table. */
export const timeline = {
  'timeline.heading': 'Timeline',
  'timeline.label': 'Timeline, {period}: events by lane, counts and publication date',
  'timeline.skip': 'Skip to the timeline',

  // Lanes, derived from each report's event types and the sides that act.
  'timeline.lane.remote': 'Attacks by {actor}',
  'timeline.lane.violence': 'Violence involving {actor}',
  'timeline.lane.battles': 'Battles involving {actor}',
  'timeline.lane.civilians': 'Violence against civilians by {actor}',
  'timeline.lane.violenceOther': 'Attacks by other actors',
  'timeline.lane.violenceUnknown': 'Attacks by unidentified actors',
  'timeline.lane.unrest': 'Protests and riots',
  'timeline.lane.developments': 'Strategic developments',
  'timeline.lane.context': 'Context',

  // Dates as the timeline states them.
  'timeline.date.week': 'the week of {range}',
  'timeline.date.between': 'between {start} and {end}',

  // Marks, bins and brackets.
  'timeline.mark.name': '{date}: {title}',
  'timeline.mark.total': '{title} ({count} in all)',
  'timeline.bin.one': '{count} event',
  'timeline.bin.other': '{count} events',
  'timeline.bin.title': '{events} ({lane})',
  'timeline.tally.exact': '{label}: {value}',
  'timeline.tally.atLeast': '{label}: at least {value}',
  'timeline.tally.atMost': '{label}: at most {value}',
  'timeline.tally.moreThan': '{label}: more than {value}',
  'timeline.tally.fewerThan': '{label}: fewer than {value}',
  'timeline.tally.about': '{label}: about {value}',
  'timeline.tally.parts': '{text} ({parts})',
  'timeline.tally.part': '{label} {value}',
  'timeline.tally.name': '{text}, {period}',
  'timeline.published.day': 'Published on {date}',
  'timeline.published.range': 'Published {date}',

  // The histogram.
  'timeline.histogram.title.day': 'Incidents per day, by country',
  'timeline.histogram.title.week': 'Incidents per week, by country',
  'timeline.histogram.name': 'Histogram: incidents per {unit}, stacked by country ({countries})',
  'timeline.histogram.unit.day': 'day',
  'timeline.histogram.unit.week': 'week',
  'timeline.histogram.bar': '{when}: {total} incidents{parts}',
  'timeline.histogram.weekOf': 'Week of {range}',
  'timeline.histogram.unbinned': '{count} incidents known only as totals over longer periods are drawn as ranges, not as bars',
  'timeline.country.unknown': 'country not given',

  // Controls and help.
  'timeline.zoomIn': 'Zoom the timeline in',
  'timeline.zoomOut': 'Zoom the timeline out',
  'timeline.zoomReset': 'Whole period',
  'timeline.clearRange': 'Clear range',
  'timeline.help':
    'Arrow keys move between events in date order; Enter selects, Escape clears. Drag across the chart (on a phone, along the dates) to pick a date range; Shift + arrow keys widen it from the focused event. + and − zoom, as do Ctrl + wheel and a pinch.',
  'timeline.status.showing': 'Showing {period}',
  'timeline.status.whole': 'Showing the whole period',
  'timeline.status.range': 'Range {period}: {count} of {total} marks',

  // Legend.
  'timeline.legend.heading': 'Legend',
  'timeline.legend.day': 'Known day',
  'timeline.legend.range': 'Known only roughly: the event lies somewhere in the bar; the faded ends are the uncertain bounds',
  'timeline.legend.rangeExact': 'Known span of days',
  'timeline.legend.bracket': 'A count over its period, as the sources give it',
  'timeline.legend.published': 'Publication date',
  'timeline.legend.lanes': 'Lanes',
  'timeline.legend.country': 'Incidents in {country}',
  'timeline.legend.hidden': 'Labels that do not fit show when a mark is pointed at or focused, and in the table below.',

  // The events table.
  'timeline.table.summary': 'Events as a table ({count})',
  'timeline.table.caption': 'Events of the report in date order',
  'timeline.table.date': 'Date',
  'timeline.table.event': 'Event',
  'timeline.table.type': 'Type',
  'timeline.table.places': 'Places',
  'timeline.table.actors': 'Actors',
  'timeline.table.confidence': 'Confidence',
  'timeline.table.sources': 'Sources',
  'timeline.table.against': '{by} against {against}',
  'timeline.table.unknownActor': 'unknown',
} as const;
