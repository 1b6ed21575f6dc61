/**
 * docs/reference.md, generated: one section per kind of entry, one row per field, with the
 * field's type, whether it is required, its default and its JSDoc, read from the same JSON
 * Schema and JSDoc the editor support uses. Never edited by hand.
 */
import { SUBTYPES } from '../schema/event.ts';
import { objectWithKeys, type ObjectDoc, type SchemaDocs } from './jsdoc.ts';

type Json = Record<string, unknown>;

/** Sections in reading order: the object's constant name and the heading readers see. */
const SECTIONS: [string, string, string][] = [
  ['ReportFields', 'The report', 'report'],
  ['Author', 'authors: an author', 'author'],
  ['Period', 'period: a span of days', 'period'],
  ['DateSpec', 'A date range (any date field)', 'date-range'],
  ['Place', 'places: a place', 'place'],
  ['Actor', 'actors: an actor', 'actor'],
  ['Affiliation', 'actors → affiliations', 'affiliation'],
  ['Event', 'events: an event', 'event'],
  ['EventActors', 'events → actors', 'event-actors'],
  ['Tally', 'tallies: a counted figure', 'tally'],
  ['TallyPart', 'tallies → breakdown: a part', 'tally-part'],
  ['Axis', 'axes: an axis of operation', 'axis'],
  ['Shipment', 'shipments: a recurring shipment', 'shipment'],
  ['Overlay', 'overlays: a line or area from a dataset', 'overlay'],
  ['Source', 'sources: a source', 'source'],
  ['Correction', 'corrections: a correction (of the report or of an event)', 'correction'],
  ['Withdrawal', 'withdrawn: an entry removed after publication', 'withdrawal'],
];

const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

function objectNodes(schema: unknown, into: Json[] = []): Json[] {
  if (Array.isArray(schema)) schema.forEach((s) => objectNodes(s, into));
  else if (schema && typeof schema === 'object') {
    const json = schema as Json;
    if (json['type'] === 'object' && json['properties']) into.push(json);
    Object.values(json).forEach((v) => objectNodes(v, into));
  }
  return into;
}

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

function section(object: ObjectDoc, node: Json, heading: string, docs: SchemaDocs, anchors: Map<string, string>): string {
  const required = new Set((node['required'] as string[] | undefined) ?? []);
  const properties = node['properties'] as Record<string, Json>;
  const main = object.file.endsWith(`/${object.name.toLowerCase()}.ts`) || object.name === 'ReportFields';
  const intro = docs.constants[object.name] ?? (main ? docs.files[object.file] : undefined) ?? '';
  const rows = object.properties.map((p) => {
    const prop = properties[p.name] ?? {};
    const fallback = p.refs.map((r) => docs.constants[r]).find(Boolean) ?? '';
    const def = prop['default'] === undefined ? '' : `\`${JSON.stringify(prop['default'])}\``;
    return `| \`${p.name}\` | ${cell(typeOf(prop, anchors))} | ${required.has(p.name) ? 'yes' : ''} | ${def} | ${cell(p.doc || fallback)} |`;
  });
  return [`## ${heading}`, '', intro, '', '| Field | Type | Required | Default | What it is |', '|---|---|---|---|---|', ...rows, ''].join('\n');
}

/** The Markdown of docs/reference.md. */
export function referenceMarkdown(docs: SchemaDocs, schema: Json): string {
  const nodes = objectNodes(schema);
  const found = SECTIONS.flatMap(([name, heading, anchor]) => {
    const object = docs.objects.find((o) => o.name === name);
    const node = object && nodes.find((n) => objectWithKeys(docs, Object.keys(n['properties'] as Json)) === object);
    return object && node ? [{ object, node, heading, anchor }] : [];
  });
  const anchors = new Map(found.map((f) => [Object.keys(f.node['properties'] as Json).sort().join(','), `${f.heading.split(':')[0]}|${f.anchor}`]));
  const sections = found.map((f) => `<a id="${f.anchor}"></a>\n\n${section(f.object, f.node, f.heading, docs, anchors)}`);
  const types = Object.entries(SUBTYPES).map(([type, subs]) => `| \`${type}\` | ${subs.map((s) => `\`${s}\``).join(', ')} |`);
  return [
    '# Frontmatter reference',
    '',
    '<!-- Generated by `npm run docs` from the JSDoc in src/lib/schema. Do not edit: change the schema and run it again. -->',
    '',
    'Every field a report\'s frontmatter can have, kind by kind. "Required" fields must be present; the others may be left out (the default applies). Ids are kebab-case (`al-tanf`) and unique within a report. How to use them: [the guide](editing.md).',
    '',
    ...sections,
    '<a id="event-types"></a>',
    '',
    '## Event types',
    '',
    `${docs.constants['SUBTYPES'] ?? ''} An event's \`subtype\` must belong to its \`type\`.`,
    '',
    '| type | subtype |',
    '|---|---|',
    ...types,
    '',
  ].join('\n');
}
