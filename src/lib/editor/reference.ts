/**
 * docs/reference.md, generated: one section per kind of entry, one row per field, with the
 * field's type, whether it is required, its default and its description, read from the same
 * JSON Schema the editor support uses (descriptions are the schema's `.meta()`). Never edited by hand.
 */
import type { z } from 'astro/zod';
import { Actor, Affiliation } from '../schema/actor.ts';
import { Axis } from '../schema/axis.ts';
import { DateRange, Period } from '../schema/common.ts';
import { Event, EventActors, EventType, SUBTYPES } from '../schema/event.ts';
import { Overlay } from '../schema/overlay.ts';
import { Place } from '../schema/place.ts';
import { Author, ReportFields } from '../schema/report.ts';
import { Shipment } from '../schema/shipment.ts';
import { Source } from '../schema/source.ts';
import { Tally, TallyPart } from '../schema/tally.ts';
import { descriptionOf, toJson } from './json-schema.ts';

type Json = Record<string, unknown>;

/** Sections in reading order: the object, the heading readers see, the anchor. */
const SECTIONS: [z.ZodType, string, string][] = [
  [ReportFields, 'The report', 'report'],
  [Author, 'authors: an author', 'author'],
  [Period, 'period: a span of days', 'period'],
  [DateRange, 'A date range (any date field)', 'date-range'],
  [Place, 'places: a place', 'place'],
  [Actor, 'actors: an actor', 'actor'],
  [Affiliation, 'actors → affiliations', 'affiliation'],
  [Event, 'events: an event', 'event'],
  [EventActors, 'events → actors', 'event-actors'],
  [Tally, 'tallies: a counted figure', 'tally'],
  [TallyPart, 'tallies → breakdown: a part', 'tally-part'],
  [Axis, 'axes: an axis of operation', 'axis'],
  [Shipment, 'shipments: a recurring shipment', 'shipment'],
  [Overlay, 'overlays: a line or area from a dataset', 'overlay'],
  [Source, 'sources: a source', 'source'],
];

const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(node: Json, anchors: Map<string, string>): string {
  if (Array.isArray(node['enum'])) {
    const values = node['enum'] as string[];
    return values.length > 12 ? 'an ACLED sub-event type (see [event types](#event-types))' : `one of: ${values.map((v) => `\`${v}\``).join(', ')}`;
  }
  if (Array.isArray(node['anyOf'])) return (node['anyOf'] as Json[]).map((n) => typeOf(n, anchors)).join(', or ');
  const type = node['type'];
  if (type === 'object') {
    const keys = Object.keys(node['properties'] as Json).sort().join(',');
    const anchor = anchors.get(keys);
    return anchor ? `[${anchor.split('|')[0]}](#${anchor.split('|')[1]})` : 'an object';
  }
  if (type === 'array') return `list of ${typeOf((node['items'] as Json) ?? {}, anchors)}`;
  if (type === 'string') {
    if (node['pattern'] === DATE) return 'date `YYYY-MM-DD`';
    if (typeof node['pattern'] === 'string' && (node['pattern'] as string).startsWith('^[a-z0-9]')) return 'id (kebab-case)';
    if (typeof node['pattern'] === 'string' && (node['pattern'] as string).startsWith('^https?')) return 'http(s) URL';
    if (typeof node['pattern'] === 'string') return `text matching \`${node['pattern'] as string}\``;
    return 'text';
  }
  if (type === 'integer') return 'whole number ≥ 0';
  if (type === 'number') {
    const min = node['minimum'] ?? node['exclusiveMinimum'];
    const range = node['minimum'] !== undefined && node['maximum'] !== undefined ? ` from ${String(node['minimum'])} to ${String(node['maximum'])}` : min !== undefined ? ' > 0' : '';
    return `number${range}`;
  }
  if (type === 'boolean') return '`true` or `false`';
  return 'any';
}

function section(intro: string, node: Json, heading: string, anchors: Map<string, string>): string {
  const required = new Set((node['required'] as string[] | undefined) ?? []);
  const properties = node['properties'] as Record<string, Json>;
  const rows = Object.entries(properties).map(([name, prop]) => {
    const def = prop['default'] === undefined ? '' : `\`${JSON.stringify(prop['default'])}\``;
    return `| \`${name}\` | ${cell(typeOf(prop, anchors))} | ${required.has(name) ? 'yes' : ''} | ${def} | ${cell(String(prop['description'] ?? ''))} |`;
  });
  return [`## ${heading}`, '', intro, '', '| Field | Type | Required | Default | What it is |', '|---|---|---|---|---|', ...rows, ''].join('\n');
}

/** The Markdown of docs/reference.md. */
export function referenceMarkdown(): string {
  const found = SECTIONS.map(([schema, heading, anchor]) => ({ node: toJson(schema), intro: descriptionOf(schema) ?? '', heading, anchor }));
  const anchors = new Map(found.map((f) => [Object.keys(f.node['properties'] as Json).sort().join(','), `${f.heading.split(':')[0]}|${f.anchor}`]));
  const sections = found.map((f) => `<a id="${f.anchor}"></a>\n\n${section(f.intro, f.node, f.heading, anchors)}`);
  const types = Object.entries(SUBTYPES).map(([type, subs]) => `| \`${type}\` | ${subs.map((s) => `\`${s}\``).join(', ')} |`);
  return [
    '# Frontmatter reference',
    '',
    '<!-- Generated by `npm run docs` from the descriptions in src/lib/schema (Zod `.meta()`). Do not edit: change the schema and run it again. -->',
    '',
    'Every field a report\'s frontmatter can have, kind by kind. "Required" fields must be present; the others may be left out (the default applies). Ids are kebab-case (`al-tanf`) and unique within a report. How to use them: [the guide](editing.md).',
    '',
    ...sections,
    '<a id="event-types"></a>',
    '',
    '## Event types',
    '',
    `${descriptionOf(EventType) ?? ''} An event's \`subtype\` must belong to its \`type\`.`,
    '',
    '| type | subtype |',
    '|---|---|',
    ...types,
    '',
  ].join('\n');
}
