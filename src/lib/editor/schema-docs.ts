/** Reads the JSDoc of every file in src/lib/schema (Node only: reads the disk). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocs, type SchemaDocs } from './jsdoc.ts';

export const SCHEMA_DIR = 'src/lib/schema';

export function readSchemaDocs(root = process.cwd()): SchemaDocs {
  const docs: SchemaDocs = { objects: [], constants: {}, files: {} };
  for (const name of readdirSync(join(root, SCHEMA_DIR)).filter((n) => n.endsWith('.ts')).sort()) {
    extractDocs(`${SCHEMA_DIR}/${name}`, readFileSync(join(root, SCHEMA_DIR, name), 'utf8'), docs);
  }
  return docs;
}
