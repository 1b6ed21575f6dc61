// Wiring only: where reports live and which schema they follow (src/lib/schema).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { describeSchema } from './lib/editor/describe-schema.ts';
import { Report } from './lib/schema/report.ts';
import { registryLoader } from './lib/registry/loader.ts';
import { readRegistry } from './lib/registry/read.ts';
import { REGISTRY_SCHEMAS, type RegistryKind } from './lib/registry/schema.ts';
// Generated from the schema's JSDoc (npm run schema): its descriptions reach the JSON Schema Astro
// writes for its VS Code extension, so hovering a frontmatter key shows the field's documentation.
import reportJsonSchema from '../schemas/report.schema.json';

const reports = defineCollection({
  loader: glob({ pattern: '*.mdx', base: process.env['SITREP_REPORTS_DIR'] ?? './content/reports' }),
  schema: describeSchema(Report, reportJsonSchema),
});

// The shared registry (content/places, content/actors, content/sources; see docs/registry.md).
const shared = (kind: RegistryKind) => defineCollection({ loader: registryLoader(kind, () => readRegistry()), schema: REGISTRY_SCHEMAS[kind] });

export const collections = { reports, places: shared('places'), actors: shared('actors'), sources: shared('sources') };
