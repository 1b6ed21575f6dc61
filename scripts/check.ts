/**
 * `npm run check`: validates every report without building the site.
 * Prints every problem as `file:line:col  severity  field.path  message  (fix)` and a summary;
 * exits 1 on any error (warnings alone exit 0).
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkReportSource } from '../src/lib/check/check-report.ts';
import { checkReportDir } from '../src/lib/check/files.ts';
import { formatReport } from '../src/lib/check/problem.ts';
import { archiveSeverity, checkArchivesOf } from '../src/lib/check/archives.ts';

// A folder (default content/reports) or one report file: `npm run check -- content/reports/x.mdx`.
// `--strict`: a source without an archived copy is an error when the site requires archives (SITREP_REQUIRE_ARCHIVES=1).
const args = process.argv.slice(2);
const target = resolve(args.find((a) => !a.startsWith('--')) ?? 'content/reports');
const results = statSync(target).isFile() ? [checkReportSource(relative(process.cwd(), target), readFileSync(target, 'utf8'))] : checkReportDir(target);
const archives = archiveSeverity(process.env, args.includes('--strict'));
const problems = results.flatMap((r) => [...r.problems, ...checkArchivesOf(r, readFileSync(r.file, 'utf8'), archives)]);
console.log(formatReport(problems, results.length));
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
