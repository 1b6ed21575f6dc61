/**
 * A copy of a Zod schema whose fields carry the descriptions of the generated JSON Schema
 * (schemas/report.schema.json, itself generated from the JSDoc) as Zod metadata. It parses
 * exactly like the original (same definitions, same checks); what changes is the JSON Schema
 * that Astro derives from it for its VS Code extension (`.astro/collections/*.schema.json`):
 * hovering a frontmatter key then shows the field's documentation.
 */
import type { z } from 'astro/zod';

type Json = { description?: string; properties?: Record<string, Json>; items?: Json; anyOf?: Json[] };
type Def = Record<string, unknown> & { type: string };
type Schema = z.ZodType & { clone: (def: Def) => Schema; meta: (meta: { description: string }) => Schema };

/** `schema` with every object property described as in `json` (the JSON Schema of the same shape). */
export function describeSchema<T extends z.ZodType>(schema: T, json: unknown): T {
  return walk(schema as unknown as Schema, json as Json | undefined) as unknown as T;
}

function walk(schema: Schema, json: Json | undefined): Schema {
  if (!json) return schema;
  const def = schema._zod.def as unknown as Def;
  switch (def.type) {
    case 'object': {
      const shape = def['shape'] as Record<string, Schema>;
      const described = Object.fromEntries(
        Object.entries(shape).map(([key, field]) => {
          const sub = json.properties?.[key];
          const inner = walk(field, sub);
          return [key, sub?.description ? inner.meta({ description: sub.description }) : inner];
        }),
      );
      return schema.clone({ ...def, shape: described });
    }
    case 'array':
      return schema.clone({ ...def, element: walk(def['element'] as Schema, json.items) });
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
      return schema.clone({ ...def, innerType: walk(def['innerType'] as Schema, json) });
    case 'union': {
      const options = (def['options'] as Schema[]).map((option, i) => walk(option, json.anyOf?.[i]));
      return schema.clone({ ...def, options });
    }
    default:
      return schema;
  }
}
