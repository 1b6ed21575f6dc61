/**
 * Claims whose confidence rests on sources but that cite none (issue 14): an event `confirmed` or
 * `claimed` says a record confirms it or a party claims it; with no source the reader cannot follow
 * it. `assessed` is the analyst's own judgement; `reported` with no source is read as reported by the
 * report itself (its author's own reporting), which the byline already credits.
 */
import type { Locate, Problem } from '../report/problem.ts';
import type { Report } from '../schema/report.ts';

const RESTS_ON_SOURCES = new Set(['confirmed', 'claimed']);

/** A warning for every event whose confidence rests on sources that it does not cite. */
export function checkSourcing(file: string, report: Pick<Report, 'events'>, locate: Locate): Problem[] {
  const problems: Problem[] = [];
  report.events.forEach((event, i) => {
    if (event.type === 'context' || !RESTS_ON_SOURCES.has(event.confidence) || event.sources.length > 0) return;
    problems.push({
      file,
      ...locate(['events', i, 'confidence']),
      path: `events[${i}].confidence`,
      message: `event '${event.id}' is '${event.confidence}' but cites no source`,
      fix: `add the ids of the sources that ${event.confidence === 'claimed' ? 'claim' : 'confirm'} it under sources; if the report only tells it, write confidence: reported (or assessed for the author's judgement)`,
      severity: 'warning',
      rule: 'unsourced-event',
    });
  });
  return problems;
}
