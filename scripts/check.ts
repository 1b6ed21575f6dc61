/**
 * `npm run check`: validates every report without building the site.
 * Prints every problem as `file:line:col  severity  field.path  message  (fix)` and a summary;
 * exits 1 on any error (warnings alone exit 0).
 */
import { resolve } from 'node:path';
import { checkReportDir } from '../src/lib/check/files.ts';
import { formatReport } from '../src/lib/check/problem.ts';

const dir = resolve(process.argv[2] ?? 'content/reports');
const results = checkReportDir(dir);
const problems = results.flatMap((r) => r.problems);
console.log(formatReport(problems, results.length));
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
