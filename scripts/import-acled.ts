/**
 * `npm run import -- events.csv [--report content/reports/x.mdx] [--out file.yaml]`:
 * turns an ACLED-format CSV into Sitrep places, actors, events and sources.
 * Without --report or --out, prints the YAML to paste into a report's frontmatter.
 * Rows it cannot take are listed (line, column, why); it exits 1 if there is any.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { importAcled } from '../src/lib/import/acled.ts';
import { formatProblem } from '../src/lib/check/problem.ts';
import { mergeIntoReport, toYamlSnippet } from '../src/lib/import/merge.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const report = option('--report');
const out = option('--out');
const csvPath = args[0];
if (!csvPath) {
  console.error('Usage: npm run import -- events.csv [--report content/reports/x.mdx] [--out file.yaml]');
  process.exit(2);
}

const result = importAcled(readFileSync(csvPath, 'utf8'));
const lists = { places: result.places, actors: result.actors, events: result.events, sources: result.sources };
const summary = `${result.taken} of ${result.rows} rows imported: ${result.events.length} events, ${result.places.length} places, ${result.actors.length} actors, ${result.sources.length} sources`;

if (report) {
  const merged = mergeIntoReport(readFileSync(report, 'utf8'), lists, report);
  const errors = merged.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    console.error(`${summary}; not added to ${report}: the merged report would not load:\n${errors.map(formatProblem).join('\n')}`);
    console.error('Write the YAML out instead (--out file.yaml) and merge it by hand.');
    process.exit(1);
  }
  writeFileSync(report, merged.text);
  console.error(`${summary}; added to ${report}: ${Object.entries(merged.added).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  if (merged.skipped.length > 0) console.error(`already in the report, not added: ${merged.skipped.join(', ')}`);
  console.error('Next: npm run check (imported events must fall within the report\'s period; add the place names to the article).');
} else if (out) {
  writeFileSync(out, toYamlSnippet(lists));
  console.error(`${summary}; written to ${out}`);
} else {
  process.stdout.write(toYamlSnippet(lists));
  console.error(summary);
}

if (result.problems.length > 0) {
  console.error(`\n${result.problems.length} row${result.problems.length === 1 ? '' : 's'} could not be taken:`);
  for (const p of result.problems) console.error(`${csvPath}:${p.row}  ${p.column || '-'}  ${p.message}`);
  process.exitCode = 1;
}
