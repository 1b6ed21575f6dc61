/**
 * Reads a report's frontmatter from a vfile as the plugins receive it. Astro's MDX
 * integration puts the parsed YAML on `file.data.astro.frontmatter` and replaces the
 * frontmatter in `file.value` with blank lines (positions stay true); elsewhere (tests,
 * other hosts) the frontmatter is parsed from the file's text.
 */
import { parse } from 'yaml';
import { createAnnotator, reportFromFrontmatter, type Annotator } from './annotator.ts';

interface FileLike {
  value: unknown;
  data: Record<string, unknown>;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function frontmatterOf(file: FileLike): unknown {
  const astro = file.data['astro'] as { frontmatter?: unknown } | undefined;
  if (astro?.frontmatter && Object.keys(astro.frontmatter).length > 0) return astro.frontmatter;
  const match = FENCE.exec(String(file.value ?? ''));
  if (!match) return undefined;
  try {
    return parse(match[1] ?? '') as unknown;
  } catch {
    return undefined;
  }
}

/** The annotator for a file's report, built once per file; undefined when the frontmatter is not a valid report. */
export function annotatorFor(file: FileLike): Annotator | undefined {
  if (!('sitrepAnnotator' in file.data)) {
    const report = reportFromFrontmatter(frontmatterOf(file));
    file.data['sitrepAnnotator'] = report ? createAnnotator(report) : undefined;
  }
  return file.data['sitrepAnnotator'] as Annotator | undefined;
}
