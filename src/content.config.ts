// Wiring only: where reports live, read by Sitrep's loader (src/lib/report) against the site's context.
import { defineCollection } from 'astro:content';
import { readSiteConfig, reportContext } from './integrations/site-config.ts';
import { reportLoader } from './integrations/report-loader.ts';

const reports = defineCollection({
  loader: reportLoader({ base: process.env['SITREP_REPORTS_DIR'] ?? './content/reports', context: reportContext(), ...readSiteConfig() }),
});

export const collections = { reports };
