/**
 * The JSON Schema of a report's frontmatter, generated from the Zod schema (`Report`) for
 * editors (the YAML language server completes and checks as one types). Descriptions come
 * from the schema's JSDoc (see jsdoc.ts). Refinements Zod cannot export (kebab-case ids,
 * YYYY-MM-DD dates, http(s) URLs, whole counts) are restated as patterns from the same
 * constants; cross-references and sums stay with `npm run check`.
 */
import { z } from 'astro/zod';
import { CalendarDate, Count, HttpUrl, ID_PATTERN, Id } from '../schema/common.ts';
import { ALL_SUBTYPES, Event } from '../schema/event.ts';
import { Report } from '../schema/report.ts';
import { objectWithKeys, type SchemaDocs } from './jsdoc.ts';

export const SCHEMA_ID = 'https://sitrep.example/schemas/report.schema.json';

type Json = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

const OPTIONAL = new Set(['optional', 'default', 'prefault']);
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** The JSON Schema (draft 2020-12) for report frontmatter, with descriptions from `docs`. */
export function reportJsonSchema(docs: SchemaDocs): Record<string, unknown> {
  const constraints = new Map<unknown, Record<string, unknown>>([
    [Id, { pattern: ID_PATTERN.source, description: docs.constants['Id'] }],
    [CalendarDate, { type: 'string', pattern: DATE_PATTERN, description: docs.constants['CalendarDate'] }],
    [HttpUrl, { pattern: '^https?://[^\\s/]+', description: docs.constants['HttpUrl'] }],
    [Count, { type: 'integer', minimum: 0 }],
    [Event.shape.subtype, { enum: [...ALL_SUBTYPES] }],
  ]);
  const schema = z.toJSONSchema(Report, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const json = ctx.jsonSchema as Json;
      const extra = constraints.get(ctx.zodSchema);
      if (extra) {
        for (const [key, value] of Object.entries(extra)) if (value !== undefined && json[key] === undefined) json[key] = value;
        if (extra['type'] === 'integer') json['type'] = 'integer';
      }
      const def = ctx.zodSchema._zod.def as { type: string; defaultValue?: unknown; shape?: Record<string, { _zod: { def: { type: string } } }> };
      // Zod leaves out some defaults, and counts fields with a preprocess (dates) as optional on input: restate both.
      if (def.type === 'default' && json['default'] === undefined) json['default'] = structuredClone(def.defaultValue);
      if (def.type === 'object' && def.shape) {
        const required = Object.entries(def.shape).filter(([, field]) => !OPTIONAL.has(field._zod.def.type)).map(([key]) => key);
        if (required.length > 0) json['required'] = required;
      }
    },
  }) as Json;
  const described = structuredClone(schema);
  describeTree(described, docs);
  return {
    $schema: described['$schema'],
    $id: SCHEMA_ID,
    title: 'Sitrep report frontmatter',
    description: `${docs.files['src/lib/schema/report.ts'] ?? ''} Generated from src/lib/schema by \`npm run schema\`; do not edit.`.trim(),
    ...Object.fromEntries(Object.entries(described).filter(([key]) => key !== '$schema')),
  };
}

/** Describes every object's properties, depth first. Zod reuses one JSON object for every use of a schema, so callers pass a copy. */
function describeTree(node: unknown, docs: SchemaDocs): void {
  if (Array.isArray(node)) return node.forEach((child) => describeTree(child, docs));
  if (!node || typeof node !== 'object') return;
  const json = node as Json;
  if (json['type'] === 'object' && json.properties) describeProperties(json.properties, docs);
  Object.values(json).forEach((child) => describeTree(child, docs));
}

function describeProperties(properties: Record<string, Record<string, unknown>>, docs: SchemaDocs): void {
  const object = objectWithKeys(docs, Object.keys(properties));
  if (!object) return;
  for (const property of object.properties) {
    const target = properties[property.name];
    if (!target) continue;
    const typeDoc = property.refs.map((ref) => docs.constants[ref]).find((d) => d && !['Text', 'IdList', 'Id'].includes(d));
    const description = property.doc || typeDoc;
    if (description) target['description'] = description;
  }
}
