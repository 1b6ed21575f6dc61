/**
 * The JSON Schema of a report's frontmatter, generated from the Zod schema for editors (the YAML
 * language server completes and checks as one types). Descriptions are the schema's own, set with
 * Zod's `.meta({ description })` beside each field. Refinements Zod cannot export (kebab-case
 * ids, YYYY-MM-DD dates, http(s) URLs, whole counts) are restated as patterns from the same
 * constants; cross-references and sums stay with `npm run check`.
 */
import { z } from 'astro/zod';
import { CalendarDate, Count, HttpUrl, ID_PATTERN, Id } from '../schema/common.ts';
import { ALL_SUBTYPES, Event } from '../schema/event.ts';
import { ReportFields } from '../schema/report.ts';

export const SCHEMA_ID = 'https://sitrep.example/schemas/report.schema.json';

type Json = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

const OPTIONAL = new Set(['optional', 'default', 'prefault']);
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** What a schema's definition adds to its JSON (keyed by definition: `.meta()` copies share it). */
const constraints = new Map<unknown, Record<string, unknown>>([
  [Id._zod.def, { pattern: ID_PATTERN.source, description: 'A stable, kebab-case identifier, unique within its list in a report.' }],
  [CalendarDate._zod.def, { type: 'string', pattern: DATE_PATTERN, description: "A calendar date, written YYYY-MM-DD. YAML parsers that turn such values into `Date` objects (Astro's does) are accepted and read back as UTC calendar dates." }],
  [HttpUrl._zod.def, { pattern: '^https?://[^\\s/]+', description: 'An absolute http(s) URL. Other schemes (javascript:, data:, file:) are refused.' }],
  [Count._zod.def, { type: 'integer', minimum: 0 }],
  [Event.shape.subtype._zod.def, { enum: [...ALL_SUBTYPES] }],
]);

/** The JSON Schema (draft 2020-12) of one Zod schema, as Sitrep's tools read it. */
export function toJson(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const json = ctx.jsonSchema as Json;
      const extra = constraints.get(ctx.zodSchema._zod.def);
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
}

/** The description a schema was given with `.meta()`, if any. */
export function descriptionOf(schema: z.ZodType): string | undefined {
  return z.globalRegistry.get(schema)?.description;
}

/** The JSON Schema for report frontmatter. */
export function reportJsonSchema(): Record<string, unknown> {
  const schema = toJson(ReportFields);
  // A bare id in places, actors or sources names an entry of the shared registry (docs/registry.md).
  for (const [list, folder] of [['places', 'places'], ['actors', 'actors'], ['sources', 'sources']] as const) {
    const property = schema.properties?.[list];
    if (!property?.['items']) continue;
    const shared = { type: 'string', pattern: ID_PATTERN.source, description: `The id of a shared entry (content/${folder}/<id>.yaml), written out by the registry.` };
    property['items'] = { anyOf: [property['items'], shared] };
  }
  return {
    $schema: schema['$schema'],
    $id: SCHEMA_ID,
    title: 'Sitrep report frontmatter',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
    description: `${descriptionOf(ReportFields) ?? ''} Generated from src/lib/schema by \`npm run schema\`; do not edit.`.trim(),
  };
}
