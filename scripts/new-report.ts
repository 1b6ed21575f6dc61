/**
 * `npm run new -- "Title of the report" [--slug short-name]`: creates content/reports/<slug>.mdx
 * from the template (src/lib/editor/template.ts), a valid draft. The slug (the file name and the
 * page's address) is made from the title unless `--slug` picks it. Never overwrites a file.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { reportSlug, reportTemplate } from '../src/lib/editor/template.ts';
import { ID_PATTERN, toKebab } from '../src/lib/schema/common.ts';

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--dir');
const dir = dirFlag >= 0 ? (args.splice(dirFlag, 2)[1] ?? 'content/reports') : 'content/reports';
const slugFlag = args.indexOf('--slug');
const chosen = slugFlag >= 0 ? args.splice(slugFlag, 2)[1] : undefined;
const title = args.join(' ').trim();

if (!title) {
  console.error('Usage: npm run new -- "Title of the report" [--slug short-name]');
  process.exit(2);
}
if (chosen !== undefined && !ID_PATTERN.test(chosen)) {
  const suggestion = toKebab(chosen ?? '');
  console.error(`--slug ${JSON.stringify(chosen ?? '')} is not a file name Sitrep takes: use lowercase letters, digits and hyphens${suggestion ? `, e.g. --slug ${suggestion}` : ''}.`);
  process.exit(2);
}
const slug = chosen ?? reportSlug(title);
if (!slug) {
  console.error(`Cannot make a file name from ${JSON.stringify(title)}: use a title with letters or digits.`);
  process.exit(2);
}
const path = join(dir, `${slug}.mdx`);
if (existsSync(path)) {
  console.error(`${relative(process.cwd(), path)} already exists; nothing was written. Choose another title, or edit that file.`);
  process.exit(1);
}
writeFileSync(path, reportTemplate({ title, today: new Date().toISOString().slice(0, 10) }), { flag: 'wx' });
console.log(`Created ${relative(process.cwd(), path)} (a draft, with example entries to replace).

Next steps:
  1. Replace every "Replace me" and example entry with the report's data (guide: docs/editing.md).
  2. npm run check      lists every problem with its line, field and fix.
  3. npm run dev        previews it at http://localhost:4321/reports/${slug}/ while you edit.
  4. Remove "draft: true" when it is ready; the next build publishes it.`);
