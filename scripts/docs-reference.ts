/**
 * `npm run docs`: writes docs/reference.md from the schema's JSDoc (via the JSON Schema).
 * `npm run docs -- --check` exits 1 when the committed file is stale.
 */
import { reportJsonSchema } from '../src/lib/editor/json-schema.ts';
import { referenceMarkdown } from '../src/lib/editor/reference.ts';
import { readSchemaDocs } from '../src/lib/editor/schema-docs.ts';
import { writeOrCheck } from './lib/generated-file.ts';

const docs = readSchemaDocs();
writeOrCheck('docs/reference.md', referenceMarkdown(docs, reportJsonSchema(docs)), 'npm run docs');
