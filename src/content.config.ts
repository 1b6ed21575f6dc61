// Wiring only: where reports live, read by Sitrep's loader (src/lib/report) against the site's context,
// and validated by the schema made for that context.
import { defineCollection } from 'astro:content';
import { readSiteConfig, reportContext } from './integrations/site-config.ts';
import { reportLoader } from './integrations/report-loader.ts';
import { createReportSchema } from './lib/schema/report.ts';

const context = reportContext();

const reports = defineCollection({
  loader: reportLoader({ base: process.env['SITREP_REPORTS_DIR'] ?? './content/reports', context, ...readSiteConfig() }),
  schema: createReportSchema(context),
});

export const collections = { reports };
