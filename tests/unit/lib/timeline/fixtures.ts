/** Loads the seed report and the timeline fixtures as the build would see them (schema-parsed). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createReportSchema, Report } from '../../../../src/lib/schema/report.ts';
import { reportContext } from '../../../../src/integrations/site-config.ts';

const root = new URL('../../../../', import.meta.url);

export function seedReport(): Report {
  const text = readFileSync(new URL('content/reports/iran-militias-syria-2023.mdx', root), 'utf8');
  const frontmatter = text.split(/^---$/m)[1] ?? '';
  return createReportSchema(reportContext()).parse(parse(frontmatter));
}

export function miniReport(): Report {
  return Report.parse(parse(readFileSync(new URL('tests/fixtures/timeline/mini-report.yaml', root), 'utf8')));
}
