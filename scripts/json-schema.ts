/**
 * `npm run schema`: writes schemas/report.schema.json from the Zod schema and its JSDoc.
 * `npm run schema -- --check` exits 1 when the committed file is stale.
 */
import { reportJsonSchema } from '../src/lib/editor/json-schema.ts';
import { readSchemaDocs } from '../src/lib/editor/schema-docs.ts';
import { writeOrCheck } from './lib/generated-file.ts';

const SCHEMA_FILE = 'schemas/report.schema.json';
writeOrCheck(SCHEMA_FILE, `${JSON.stringify(reportJsonSchema(readSchemaDocs()), null, 2)}\n`, 'npm run schema');
