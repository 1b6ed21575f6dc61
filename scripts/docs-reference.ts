/**
 * `npm run docs`: writes docs/reference.md from the schema's descriptions (via the JSON Schema).
 * `npm run docs -- --check` exits 1 when the committed file is stale.
 */
import { referenceMarkdown } from '../src/lib/editor/reference.ts';
import { writeOrCheck } from './lib/generated-file.ts';

writeOrCheck('docs/reference.md', referenceMarkdown(), 'npm run docs');
