// Wiring only: where reports live and which schema they follow (src/lib/schema).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { describeSchema } from './lib/editor/describe-schema.ts';
import { Report } from './lib/schema/report.ts';
// Generated from the schema's JSDoc (npm run schema): its descriptions reach the JSON Schema Astro
// writes for its VS Code extension, so hovering a frontmatter key shows the field's documentation.
import reportJsonSchema from '../schemas/report.schema.json';

const reports = defineCollection({
  loader: glob({ pattern: '*.mdx', base: process.env['SITREP_REPORTS_DIR'] ?? './content/reports' }),
  schema: describeSchema(Report, reportJsonSchema),
});

export const collections = { reports };
