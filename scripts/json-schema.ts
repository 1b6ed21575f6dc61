/**
 * `npm run schema`: writes schemas/report.schema.json from the Zod schema and its descriptions (`.meta()`).
 * `npm run schema -- --check` exits 1 when the committed file is stale.
 */
import { reportJsonSchema } from '../src/lib/editor/json-schema.ts';
import { writeOrCheck } from './lib/generated-file.ts';

const SCHEMA_FILE = 'schemas/report.schema.json';
writeOrCheck(SCHEMA_FILE, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`, 'npm run schema');
