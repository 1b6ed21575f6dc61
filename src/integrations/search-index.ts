/**
 * Builds the search index with Pagefind once Astro has written the site, as Starlight does: every page
 * marked `data-pagefind-body` (reports and entity pages; see src/layouts/Base.astro), plus one record per
 * event that has no page of its own, read from each report's data export. The index and Pagefind's
 * scripts go to `<out>/pagefind/`; nothing is fetched from anywhere, and the browser loads them only on
 * the search page.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { createRoutes, type Routes } from '../lib/routes.ts';
import { eventRecords, type EventSource } from '../lib/site/search-records.ts';
import { formatDateSpec } from '../lib/time/calendar.ts';

/** The data exports of the built reports: `reports/<slug>/data.json` under the output folder. */
function reportData(outDir: string, routes: Routes): { slug: string; data: EventSource }[] {
  const reportsDir = dirname(dirname(join(outDir, routes.withoutBase(routes.reportData('x')))));
  if (!existsSync(reportsDir)) return [];
  return readdirSync(reportsDir)
    .sort()
    .flatMap((slug) => {
      const file = join(outDir, routes.withoutBase(routes.reportData(slug)));
      return existsSync(file) && statSync(file).isFile() ? [{ slug, data: JSON.parse(readFileSync(file, 'utf8')) as EventSource }] : [];
    });
}

/**
 * Pagefind also writes its ready-made search interfaces; the search page has its own (in the site's design,
 * strings from the catalogue, no HTML from the index), so they are not published.
 */
function removeUnusedUi(bundleDir: string): void {
  for (const name of readdirSync(bundleDir)) {
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(name)) rmSync(join(bundleDir, name));
  }
}

/** The build log's line about the index (`npm run bench` reads it back with `INDEXED`). */
export function indexedMessage(pages: number, events: number, files: number, seconds: number): string {
  return `${pages} pages and ${events} events indexed (of ${files} HTML files) in ${seconds.toFixed(1)} s`;
}
export const INDEXED = /(\d+) pages and (\d+) events indexed \(of (\d+) HTML files\) in ([\d.]+) s/;

export function searchIndex(): AstroIntegration {
  let routes: Routes;
  return {
    name: 'sitrep:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        routes = createRoutes({ base: config.base, origin: config.site });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const fail = (what: string, errors: string[]) => {
          throw new Error(`search index: ${what} failed:\n${errors.join('\n')}`);
        };
        try {
          // The map's and the timeline's SVG labels repeat what the text and tables say.
          const created = await pagefind.createIndex({ excludeSelectors: ['svg'] });
          if (!created.index) return fail('creating the index', created.errors);
          const index = created.index;
          const pages = await index.addDirectory({ path: outDir });
          if (pages.errors.length > 0) fail('indexing pages', pages.errors);
          let records = 0;
          for (const { slug, data } of reportData(outDir, routes)) {
            const hasPage = (id: string) => existsSync(join(outDir, routes.withoutBase(routes.event(id)), 'index.html'));
            for (const record of eventRecords(slug, data, { routes, formatDate: formatDateSpec, hasPage })) {
              const added = await index.addCustomRecord(record);
              if (added.errors.length > 0) fail(`indexing event record ${record.url}`, added.errors);
              records += 1;
            }
          }
          const written = await index.writeFiles({ outputPath: join(outDir, routes.withoutBase(routes.searchBundle())) });
          if (written.errors.length > 0) fail('writing the index', written.errors);
          const bundleDir = join(outDir, routes.withoutBase(routes.searchBundle()));
          removeUnusedUi(bundleDir);
          // Pagefind counts every HTML file it read; the entry file counts what each language's index holds.
          const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
          const held = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
          logger.info(indexedMessage(held - records, records, pages.page_count, (performance.now() - started) / 1000));
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
