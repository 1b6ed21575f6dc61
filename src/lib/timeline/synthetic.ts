/**
 * Synthetic reports for tests and the benchmark: `n` events spread over a year, in every
 * lane, with day, week, month and range dates, counts and two countries. Deterministic
 * (a seeded generator), so two runs give the same report.
 */
import type { Report } from '../schema/report.ts';
import { offsetDay as addDays } from './scale.ts';
import { seededRandom as random } from '../util/random.ts';

export function syntheticReport(n: number, seed = 1): Report {
  const next = random(seed);
  const first = '2023-01-01';
  const days = 365;
  const events: Report['events'] = [];
  for (let i = 0; i < n; i++) {
    const start = addDays(first, Math.floor(next() * days));
    const roll = next();
    const kind = roll < 0.55 ? 'attack' : roll < 0.75 ? 'strike' : roll < 0.95 ? 'development' : 'context';
    const p = next();
    const date: Report['events'][number]['date'] =
      p < 0.8 ? start : { start, end: addDays(start, p < 0.9 ? 6 : p < 0.95 ? 29 : 12), precision: p < 0.9 ? 'week' : p < 0.95 ? 'month' : 'range' };
    const end = typeof date === 'string' ? date : date.end;
    events.push({
      id: `event-${i}`,
      title: `Synthetic ${kind} number ${i} <with "markup"> & more words to label`,
      date: end > '2023-12-31' ? start : date,
      type: kind === 'context' ? 'context' : kind === 'development' ? 'strategic-developments' : 'explosions-remote-violence',
      subtype: kind === 'context' ? (i === 0 ? 'war' : 'campaign') : kind === 'development' ? 'other' : 'air-drone-strike',
      scope: 'focus',
      places: [next() < 0.6 ? 'place-sy' : 'place-iq'],
      actors: { by: [kind === 'strike' ? 'outside' : 'militia'], against: [] },
      sources: [],
      confidence: 'reported',
      ...(kind === 'attack' && next() < 0.2 ? { count: 1 + Math.floor(next() * 5) } : {}),
    });
  }
  return {
    lang: 'en',
    title: `Synthetic report with ${n} events`,
    titleBy: 'editors',
    dek: 'Synthetic data for tests and benchmarks.',
    authors: [{ name: 'Sitrep' }],
    publisher: 'Sitrep',
    published: '2024-01-05',
    period: { start: first, end: '2023-12-31' },
    tags: [],
    scrollytelling: false,
    places: [
      { id: 'place-sy', name: 'Somewhere in Syria', aliases: [], kind: 'town', lat: 35, lon: 40, precision: 'exact', country: 'SY', sources: [] },
      { id: 'place-iq', name: 'Somewhere in Iraq', aliases: [], kind: 'town', lat: 33, lon: 44, precision: 'exact', country: 'IQ', sources: [] },
    ],
    actors: [
      { id: 'militia', name: 'A militia', aliases: [], kind: 'militia', affiliations: [] },
      { id: 'outside', name: 'An outside force', aliases: [], kind: 'external-force', affiliations: [] },
    ],
    events,
    tallies: [],
    axes: [],
    shipments: [],
    overlays: [],
    sources: [],
  } as Report;
}
