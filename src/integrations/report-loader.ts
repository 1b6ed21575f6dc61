/**
 * Astro's collection of reports, read by Sitrep's one loader: Astro's glob loader finds the files
 * and watches them, and each entry's data is what `loadReport` read (our YAML reader, with the
 * positions the check reports), validated by the collection's schema, `createReportSchema(context)`
 * (src/content.config.ts).
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { BodyMode } from '../lib/report/body-safety.ts';
import { loadReportCached } from '../lib/report/load.ts';
import type { ReportContext } from '../lib/schema/context.ts';

export interface ReportLoaderOptions {
  /** The reports' folder. */
  base: string;
  context: ReportContext;
  mdx: BodyMode;
}

export function reportLoader(options: ReportLoaderOptions): Loader {
  const files = glob({ pattern: '*.mdx', base: options.base });
  return {
    name: 'sitrep-reports',
    load: (context) =>
      files.load({
        ...context,
        parseData: <TData extends Record<string, unknown>>(entry: { id: string; data: TData; filePath?: string }) => {
          if (!entry.filePath) return context.parseData(entry);
          const loaded = loadReportCached(relative(process.cwd(), entry.filePath), readFileSync(entry.filePath, 'utf8'), options.context, { mdx: options.mdx });
          return context.parseData({ ...entry, data: (loaded.raw ?? entry.data) as TData });
        },
      }),
  };
}
