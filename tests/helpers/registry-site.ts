/**
 * The site's published reports as the entity pages read them (tests only): each report's frontmatter with the
 * shared entries it uses written out, and its body's syntax tree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseReportFile } from '../../src/lib/check/frontmatter.ts';
import { registryContext } from '../../src/lib/registry/load.ts';
import { readRegistry } from '../../src/lib/registry/read.ts';
import { reportParagraphs } from '../../src/lib/registry/mentions.ts';
import { includeShared } from '../../src/lib/registry/resolve.ts';
import { Report } from '../../src/lib/schema/report.ts';
import type { SiteReport } from '../../src/lib/view/entities.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkDirective);

/** A report file's data (shared entries written out) and body tree. */
export function readSiteReport(file: string, registryDir = 'content'): { data: Report; tree: Root } {
  const parsed = parseReportFile(file, readFileSync(file, 'utf8'));
  const data = Report.parse(includeShared(parsed.data, registryContext(readRegistry(registryDir))).value);
  return { data, tree: parser.runSync(parser.parse(parsed.body)) as Root };
}

/** Every published report in `dir`, as `SiteReport`s. */
export function siteReports(dir = 'content/reports', registryDir = 'content'): SiteReport[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const { data, tree } = readSiteReport(join(dir, f), registryDir);
      return { slug: f.replace(/\.mdx$/, ''), data, paragraphs: reportParagraphs(tree, data) };
    })
    .filter((r) => r.data.draft !== true);
}
