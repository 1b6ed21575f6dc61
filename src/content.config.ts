// Wiring only: where reports live and which schema they follow (src/lib/schema).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { Report } from './lib/schema/report.ts';

const reports = defineCollection({
  loader: glob({ pattern: '*.mdx', base: process.env['SITREP_REPORTS_DIR'] ?? './content/reports' }),
  schema: Report,
});

export const collections = { reports };
