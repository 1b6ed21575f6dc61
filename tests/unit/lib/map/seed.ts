/** The seed report's frontmatter, parsed with the real schema (test helper). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createReportSchema, type Report } from '../../../../src/lib/schema/report.ts';
import { reportContext } from '../../../../src/integrations/site-config.ts';

export function loadSeed(): Report {
  const text = readFileSync(new URL('../../../../content/reports/iran-militias-syria-2023.mdx', import.meta.url), 'utf8');
  const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return createReportSchema(reportContext()).parse(parse(yaml));
}
