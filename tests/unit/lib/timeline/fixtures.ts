/** The seed report and the timeline's fixtures (plain YAML data, validated by the report schema), as the build sees them. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadReport } from '../../../../src/lib/report/index.ts';
import { reportContext } from '../../../../src/integrations/site-config.ts';
import { Report } from '../../../../src/lib/schema/report.ts';

const root = new URL('../../../../', import.meta.url);

/** The seed report, read by the project's one loader. */
export function seedReport(): Report {
  const file = 'content/reports/iran-militias-syria-2023.mdx';
  const loaded = loadReport(file, readFileSync(new URL(file, root), 'utf8'), reportContext());
  if (!loaded.data) throw new Error(`${file}: ${loaded.problems.map((p) => p.message).join('; ')}`);
  return loaded.data;
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

/** Every valid report the project holds: the published ones and the test fixtures (other regions, hostile strings). */
export function allReports(): { file: string; report: Report }[] {
  const dirs = ['content/reports', ...readdirSync(new URL('tests/fixtures/reports/', root)).map((d) => `tests/fixtures/reports/${d}`)];
  const out: { file: string; report: Report }[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(new URL(`${dir}/`, root)).filter((n) => n.endsWith('.mdx'));
    } catch {
      continue;
    }
    for (const name of names) {
      const file = `${dir}/${name}`;
      const data = loadReport(file, readFileSync(new URL(file, root), 'utf8'), reportContext()).data;
      if (data) out.push({ file, report: data });
    }
  }
  return out;
}
