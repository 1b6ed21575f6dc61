/**
 * Synthetic reports for the benchmark and the scale tests: valid reports of any number of events,
 * generated from a seed so two runs give the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom as random } from '../../src/lib/util/random.ts';

const TYPES: [string, string][] = [
  ['explosions-remote-violence', 'air-drone-strike'],
  ['explosions-remote-violence', 'shelling-artillery-missile-attack'],
  ['battles', 'armed-clash'],
  ['strategic-developments', 'headquarters-or-base-established'],
  ['violence-against-civilians', 'attack'],
];
const CONFIDENCE = ['confirmed', 'reported', 'claimed', 'assessed'];


/** The MDX text of a valid report with `events` events over 2023, 40 places, 12 actors, 5 sources. */
export function syntheticReport(events: number, seed = 1, title = `Synthetic report of ${events} events`): string {
  const rand = random(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const places = Array.from({ length: 40 }, (_, i) => ({
    id: `place-${i}`,
    name: `Place ${i}`,
    lat: (32 + rand() * 5).toFixed(4),
    lon: (36 + rand() * 6).toFixed(4),
  }));
  const actors = Array.from({ length: 12 }, (_, i) => `actor-${i}`);
  const sources = Array.from({ length: 5 }, (_, i) => `source-${i}`);
  const lines: string[] = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `dek: A generated report of ${events} events, for benchmarks and scale tests.`,
    'authors:',
    '  - name: Sitrep benchmark',
    'publisher: Sitrep',
    `published: 2024-01-${String(1 + (seed % 28)).padStart(2, '0')}`,
    'period: { start: 2023-01-01, end: 2023-12-31 }',
    'places:',
    ...places.flatMap((p) => [`  - id: ${p.id}`, `    name: ${p.name}`, '    kind: town', `    lat: ${p.lat}`, `    lon: ${p.lon}`]),
    'actors:',
    ...actors.flatMap((a, i) => [`  - id: ${a}`, `    name: Actor ${i}`, `    kind: ${i % 2 ? 'militia' : 'state-force'}`]),
    'events:',
  ];
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < events; i++) {
    const [type, subtype] = pick(TYPES);
    const day = new Date(start + Math.floor(rand() * 365) * 86_400_000).toISOString().slice(0, 10);
    lines.push(
      `  - id: event-${i}`,
      `    title: Event ${i} at ${pick(places).name}`,
      `    date: ${day}`,
      `    type: ${type}`,
      `    subtype: ${subtype}`,
      `    places: [${pick(places).id}]`,
      `    actors: { by: [${pick(actors)}], against: [${pick(actors)}] }`,
      `    sources: [${pick(sources)}]`,
      `    confidence: ${pick(CONFIDENCE)}`,
    );
  }
  lines.push('sources:', ...sources.flatMap((s, i) => [`  - id: ${s}`, `    title: Source ${i}`, '    kind: media', `    url: https://example.org/${s}`]), '---', '');
  const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1}. ${places.slice(i, i + 3).map((p) => p.name).join(', ')} saw fighting between ${actors.length} actors over the year.`);
  return `${lines.join('\n')}\n${paragraphs.join('\n\n')}\n`;
}

/** Writes `count` reports of `events` events each into `dir` (created). Returns the file names. */
export function writeSyntheticReports(dir: string, count: number, events: number): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const name = `synthetic-${events}-${String(i + 1).padStart(3, '0')}.mdx`;
    writeFileSync(join(dir, name), syntheticReport(events, i + 1, `Synthetic report ${i + 1} of ${events} events`));
    return name;
  });
}
