/**
 * `npm run check`: validates every report without building the site.
 * Prints every problem as `file:line:col  severity  field.path  message  (fix)` and a summary;
 * exits 1 on any error (warnings alone exit 0, unless `--strict`: then a warning fails too, as in CI).
 * A source without an archived copy is a warning that `--strict` turns into an error only when the site asks
 * for archives (`"requireArchives": true` in sitrep.config.json); otherwise it never fails the check.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkReportSource } from '../src/lib/check/check-report.ts';
import { checkReportDir } from '../src/lib/check/files.ts';
import { formatReport } from '../src/lib/check/problem.ts';
import { siteProblems } from '../src/lib/registry/check.ts';
import { readRegistry } from '../src/lib/registry/read.ts';
import { readSiteConfig, reportContext } from '../src/integrations/site-config.ts';
import { archiveSeverity, checkArchivesOf } from '../src/lib/check/archives.ts';

let config;
try {
  config = readSiteConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const context = reportContext();
// A folder (default content/reports) or one report file: `npm run check -- content/reports/x.mdx`.
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const target = resolve(args.find((a) => !a.startsWith('--')) ?? 'content/reports');
const results = statSync(target).isFile()
  ? [checkReportSource(relative(process.cwd(), target), readFileSync(target, 'utf8'), context, config)]
  : checkReportDir(target, process.cwd(), context, config);
const archives = archiveSeverity(config.requireArchives, strict);
// A folder: also the registry's problems and drift between it and the reports (docs/registry.md).
const site = statSync(target).isFile() ? [] : siteProblems(results, readRegistry());
const problems = [...results.flatMap((r) => [...r.problems, ...checkArchivesOf(r, archives)]), ...site];
console.log(formatReport(problems, results.length));
const failing = problems.filter((p) => p.severity === 'error' || (strict && p.rule !== 'archive'));
if (strict && failing.length > 0 && !problems.some((p) => p.severity === 'error')) {
  console.log('--strict: warnings fail the check; fix them, or silence a false figure warning with :nofigure (docs/editing.md)');
}
process.exitCode = failing.length > 0 ? 1 : 0;
