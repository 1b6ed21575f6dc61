/**
 * `npm run registry -- <command>`: tools for the shared registry (content/places, content/actors, content/sources).
 *
 *   extract [--dry-run] [--reports DIR] [--registry DIR]
 *     Moves what reports share into the registry: entries two reports declare under one id, or under different
 *     ids with a shared name (places: within their precision of each other). Writes one YAML file per entry,
 *     rewrites the reports (the entry becomes its bare id; references to a merged id are renamed), and keeps
 *     everything else in the reports as it was, comments included. `--dry-run` prints the plan and writes nothing.
 *
 * Exits 1 when the content has drift errors to fix first (`npm run check` shows them), 2 on a usage error.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatProblem } from '../src/lib/check/problem.ts';
import { extract } from '../src/lib/registry/extract.ts';
import { registryFiles, registryRoot } from '../src/lib/registry/read.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args.splice(i, 1), true) : false;
};
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const dryRun = flag('--dry-run');
const reportsDir = option('--reports') ?? process.env['SITREP_REPORTS_DIR'] ?? 'content/reports';
const registryDir = option('--registry') ?? registryRoot();
const command = args[0];

if (command !== 'extract' || args.length > 1) {
  console.error('Usage: npm run registry -- extract [--dry-run] [--reports content/reports] [--registry content]');
  process.exit(2);
}

const reports = readdirSync(reportsDir)
  .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
  .sort()
  .map((name) => ({ file: join(reportsDir, name), text: readFileSync(join(reportsDir, name), 'utf8') }));
const result = extract(reports, registryFiles(registryDir), registryDir);

if (result.errors.length > 0) {
  console.error(`Nothing was moved: fix these first.\n\n${result.errors.map(formatProblem).join('\n')}`);
  process.exit(1);
}
if (result.log.length === 0) {
  console.log('Nothing to move: no entry is declared by more than one report.');
  process.exit(0);
}
console.log(result.log.join('\n'));
if (dryRun) {
  console.log(`\nDry run: would write ${result.registry.length} registry file(s) and rewrite ${result.reports.length} report(s). Nothing was written.`);
} else {
  for (const f of [...result.registry, ...result.reports]) {
    mkdirSync(dirname(f.file), { recursive: true });
    writeFileSync(f.file, f.text);
  }
  console.log(`\nWrote ${result.registry.length} registry file(s) and rewrote ${result.reports.length} report(s). Run npm run check.`);
}
