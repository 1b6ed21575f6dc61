/**
 * The one way to read a report file. The check (src/lib/check, `npm run check`, the build's
 * content check), the remark/rehype plugins, the importer and Astro's collection (through
 * `createReportSchema`) all read a report through `loadReport`:
 *
 * 1. the frontmatter, parsed once with YAML positions kept (frontmatter.ts);
 * 2. the data, validated by the schema made for the `context` (the shared registry);
 * 3. the body, parsed once by remark (MDX, GFM, directives) into a tree whose positions are file
 *    positions (mdx.ts), and checked for code and unsafe URLs (body-safety.ts).
 *
 * It never throws on bad content: every problem comes back located, in `problems`.
 */
import type { Root } from 'mdast';
import { EMPTY_CONTEXT, type ReportContext } from '../schema/context.ts';
import { createReportSchema, type Report } from '../schema/report.ts';
import { bodySafetyProblems, type BodyMode } from './body-safety.ts';
import { parseReportFile } from './frontmatter.ts';
import { parseBody } from './mdx.ts';
import type { Locate, Problem } from './problem.ts';
import { textBlocks, type TextBlock } from './rendered-text.ts';
import { issueProblems } from './schema-problems.ts';

export interface LoadOptions {
  /** What the body may use of MDX (default `safe`: Markdown, directives and Sitrep's components). */
  mdx?: BodyMode | undefined;
}

export interface LoadedReport {
  /** The file as the editor knows it (relative to the project). */
  file: string;
  /** The whole text of the file. */
  source: string;
  /** The frontmatter as plain data, before validation (undefined when the YAML could not be read). */
  raw: unknown;
  /** The validated report; undefined when the frontmatter has an error. */
  data: Report | undefined;
  /** The body after the frontmatter, as written. */
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** The body's syntax tree (mdast with MDX and directive nodes); positions are file positions. */
  tree: Root;
  /** Line and column of a frontmatter field path. */
  locate: Locate;
  /** YAML, schema, MDX syntax and body-safety problems, in the order found. */
  problems: Problem[];
}

/** Reads one report: `text` is the content of `file`. */
export function loadReport(file: string, text: string, context: ReportContext = EMPTY_CONTEXT, options: LoadOptions = {}): LoadedReport {
  const parsed = parseReportFile(file, text);
  const problems = [...parsed.problems];
  let data: Report | undefined;
  if (parsed.data !== undefined) {
    const result = createReportSchema(context).safeParse(parsed.data);
    if (result.success) data = result.data;
    else for (const issue of result.error.issues) problems.push(...issueProblems(file, issue, parsed.locate, parsed.data));
  }
  const body = parseBody(file, text, parsed.bodyOffset);
  problems.push(...body.problems, ...bodySafetyProblems(file, body.tree, options.mdx));
  return { file, source: text, raw: parsed.data, data, body: parsed.body, bodyLine: parsed.bodyLine, tree: body.tree, locate: parsed.locate, problems };
}

/** The prose blocks of a loaded report as rendered (`<Tally>` as its figure). */
export function reportBlocks(loaded: Pick<LoadedReport, 'tree' | 'data'>): TextBlock[] {
  return textBlocks(loaded.tree, loaded.data);
}

const cache = new Map<string, { text: string; context: ReportContext; mdx: BodyMode | undefined; loaded: LoadedReport }>();

/**
 * `loadReport`, remembered per file while its text, context and mode stay the same: the build's
 * content check and the site's MDX plugins, in one process, read each report once.
 */
export function loadReportCached(file: string, text: string, context: ReportContext = EMPTY_CONTEXT, options: LoadOptions = {}): LoadedReport {
  const hit = cache.get(file);
  if (hit && hit.text === text && hit.context === context && hit.mdx === options.mdx) return hit.loaded;
  const loaded = loadReport(file, text, context, options);
  cache.set(file, { text, context, mdx: options.mdx, loaded });
  return loaded;
}
