// The editor path the guide documents, tried with the YAML language server that Astro's VS Code
// extension embeds (yaml-language-server, installed with @astrojs/check). The extension validates a
// report's frontmatter against the JSON Schema Astro derives from the collection's schema
// (`z.toJSONSchema(schema, { io: 'input' })`, see astro/dist/content/types-generator.js); the
// collection's schema is `createReportSchema(context)`, whose fields carry their descriptions (`.meta()`).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';
import { createReportSchema } from '../../../../src/lib/schema/report.ts';

const require = createRequire(import.meta.url);
const { getLanguageService } = require('yaml-language-server/lib/umd/languageservice/yamlLanguageService.js');
const { TextDocument } = require('vscode-languageserver-textdocument');

interface Diagnostic { message: string; range: { start: { line: number } } }
const astroSchema = z.toJSONSchema(createReportSchema(), { io: 'input', unrepresentable: 'any' });
const service = getLanguageService({
  schemaRequestService: async () => JSON.stringify(astroSchema),
  workspaceContext: { resolveRelativePath: (relativePath: string, resource: string) => new URL(relativePath, resource).toString() },
});
service.configure({ validate: true, hover: true, completion: true, yamlVersion: '1.2', schemas: [{ uri: 'file:///astro/reports.schema.json', fileMatch: ['*'], schema: astroSchema }] });

/** The frontmatter of `text` as the extension hands it to the YAML service (a YAML document; file line = line + 2). */
let documents = 0;
function frontmatter(text: string) {
  // One URI per document: the service caches parsed documents by URI and version.
  documents += 1;
  return TextDocument.create(`file:///frontmatter-${documents}.yaml`, 'yaml', 1, /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!);
}
const diagnostics = async (text: string) => ((await service.doValidation(frontmatter(text), false)) as Diagnostic[]).map((d) => [d.range.start.line + 2, d.message]);

describe("the frontmatter schema as Astro's VS Code extension uses it", () => {
  it('accepts the seed report', async () => {
    expect(await diagnostics(readFileSync('content/reports/iran-militias-syria-2023.mdx', 'utf8'))).toEqual([]);
  });
  it('flags what check flags, on the same lines', async () => {
    const file = 'tests/fixtures/reports/misspelt-key/report.mdx';
    const text = readFileSync(file, 'utf8');
    expect(await diagnostics(text)).toEqual([
      [32, 'Missing property "lat".'],
      [35, 'Property lattitude is not allowed.'],
    ]);
    expect(checkReportSource(file, text).problems.map((p) => p.line)).toEqual([32, 35]);
  });
  it("shows a field's description on hover", async () => {
    const doc = frontmatter(readFileSync('tests/fixtures/reports/valid-with-tally/report.mdx', 'utf8'));
    const line = doc.getText().split('\n').findIndex((l: string) => l.startsWith('    radiusKm:'));
    const hover = await service.doHover(doc, { line, character: 6 });
    expect(JSON.stringify(hover?.contents)).toContain('Radius of uncertainty or extent, in kilometres');
  });
});
