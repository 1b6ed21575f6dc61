/**
 * `npm run schema`: writes schemas/report.schema.json from the Zod schema and its JSDoc.
 * `npm run schema -- --check` exits 1 when the committed file is stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/lib/editor/json-schema.ts';
import { readSchemaDocs } from '../src/lib/editor/schema-docs.ts';

export const SCHEMA_FILE = 'schemas/report.schema.json';
const text = `${JSON.stringify(reportJsonSchema(readSchemaDocs()), null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
  if (current !== text) {
    console.error(`${SCHEMA_FILE} is out of date: run npm run schema`);
    process.exit(1);
  }
  console.log(`${SCHEMA_FILE} is up to date`);
} else {
  mkdirSync('schemas', { recursive: true });
  writeFileSync(SCHEMA_FILE, text);
  console.log(`wrote ${SCHEMA_FILE} (${text.length} bytes)`);
}
