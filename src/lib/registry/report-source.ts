/** A report file read as the site-wide checks need it: its frontmatter as written, with positions. */
import { parseReportFile } from '../report/frontmatter.ts';
import type { ReportSource } from './declarations.ts';

/** The slug of a report file: `content/reports/tower-22.mdx` -> `tower-22`. */
export function slugOf(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.mdx?$/, '');
}

export function reportSource(file: string, text: string): ReportSource {
  const parsed = parseReportFile(file, text);
  return { file, slug: slugOf(file), data: parsed.data, locate: parsed.locate };
}
