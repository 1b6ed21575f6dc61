/** Loads the seed report and the timeline fixtures as the build would see them (schema-parsed). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Report } from '../../../../src/lib/schema/report.ts';

const root = new URL('../../../../', import.meta.url);

export function seedReport(): Report {
  const text = readFileSync(new URL('content/reports/iran-militias-syria-2023.mdx', root), 'utf8');
  const frontmatter = text.split(/^---$/m)[1] ?? '';
  return Report.parse(parse(frontmatter));
}

export function miniReport(): Report {
  return fixture('mini-report.yaml');
}

/** A synthetic report from another region (the central Sahel): see the file's header. */
export function otherRegionReport(): Report {
  return fixture('other-region.yaml');
}

function fixture(name: string): Report {
  return Report.parse(parse(readFileSync(new URL(`tests/fixtures/timeline/${name}`, root), 'utf8')));
}
