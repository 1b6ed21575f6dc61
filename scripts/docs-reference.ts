/**
 * `npm run docs`: writes docs/reference.md from the schema's JSDoc (via the JSON Schema).
 * `npm run docs -- --check` exits 1 when the committed file is stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/lib/editor/json-schema.ts';
import { referenceMarkdown } from '../src/lib/editor/reference.ts';
import { readSchemaDocs } from '../src/lib/editor/schema-docs.ts';

const FILE = 'docs/reference.md';
const docs = readSchemaDocs();
const text = referenceMarkdown(docs, reportJsonSchema(docs));

if (process.argv.includes('--check')) {
  if ((existsSync(FILE) ? readFileSync(FILE, 'utf8') : '') !== text) {
    console.error(`${FILE} is out of date: run npm run docs`);
    process.exit(1);
  }
  console.log(`${FILE} is up to date`);
} else {
  mkdirSync('docs', { recursive: true });
  writeFileSync(FILE, text);
  console.log(`wrote ${FILE}`);
}
