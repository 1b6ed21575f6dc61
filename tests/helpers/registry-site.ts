/**
 * The site's published reports as the entity pages read them (tests only): each report loaded by the one loader
 * against the site's registry (shared entries written out), with its paragraphs and what they mention.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { reportContext } from '../../src/integrations/site-config.ts';
import { reportParagraphs } from '../../src/lib/registry/mentions.ts';
import { loadReport } from '../../src/lib/report/load.ts';
import type { Report } from '../../src/lib/schema/report.ts';
import type { SiteReport } from '../../src/lib/view/entities.ts';

/** A report file's data (shared entries written out) and body tree; throws when it does not load. */
export function readSiteReport(file: string): { data: Report; tree: Root } {
  const loaded = loadReport(file, readFileSync(file, 'utf8'), reportContext());
  if (!loaded.data) throw new Error(`${file}: ${loaded.problems.map((p) => p.message).join('; ')}`);
  return { data: loaded.data, tree: loaded.tree };
}

/** Every published report in `dir`, as `SiteReport`s. */
export function siteReports(dir = 'content/reports'): SiteReport[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const { data, tree } = readSiteReport(join(dir, f));
      return { slug: f.replace(/\.mdx$/, ''), data, paragraphs: reportParagraphs(tree, data) };
    })
    .filter((r) => r.data.draft !== true);
}
