// Wiring only: where reports live, read by Sitrep's loader (src/lib/report) against the site's context,
// and validated by the schema made for that context.
import { defineCollection } from 'astro:content';
import { readSiteConfig, reportContext } from './integrations/site-config.ts';
import { reportLoader } from './integrations/report-loader.ts';
import { registryLoader } from './lib/registry/loader.ts';
import { readRegistry } from './lib/registry/read.ts';
import { REGISTRY_SCHEMAS, type RegistryKind } from './lib/registry/schema.ts';
import { createReportSchema } from './lib/schema/report.ts';

const context = reportContext();

const reports = defineCollection({
  loader: reportLoader({ base: process.env['SITREP_REPORTS_DIR'] ?? './content/reports', context, ...readSiteConfig() }),
  schema: createReportSchema(context),
});

// The shared registry (content/places, content/actors, content/sources; see docs/registry.md).
const shared = (kind: RegistryKind) => defineCollection({ loader: registryLoader(kind, () => readRegistry()), schema: REGISTRY_SCHEMAS[kind] });

export const collections = { reports, places: shared('places'), actors: shared('actors'), sources: shared('sources') };
