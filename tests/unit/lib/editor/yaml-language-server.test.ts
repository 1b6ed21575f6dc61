// The editor path the guide documents, tried with the YAML language server that Astro's VS Code
// extension embeds (yaml-language-server, installed with @astrojs/check): the modeline in the
// frontmatter points it to schemas/report.schema.json, which then checks and documents fields.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';

const require = createRequire(import.meta.url);
const { getLanguageService } = require('yaml-language-server/lib/umd/languageservice/yamlLanguageService.js');
const { TextDocument } = require('vscode-languageserver-textdocument');

interface Diagnostic { message: string; range: { start: { line: number; character: number } } }
const service = getLanguageService({
  schemaRequestService: async (uri: string) => readFileSync(fileURLToPath(uri), 'utf8'),
  workspaceContext: { resolveRelativePath: (relativePath: string, resource: string) => new URL(relativePath, resource).toString() },
});
service.configure({ validate: true, hover: true, completion: true, yamlVersion: '1.2', schemas: [] });

/** The frontmatter of `file` as the editor sees it (a YAML document at the file's path), and its first line in the file. */
function frontmatter(file: string, text = readFileSync(file, 'utf8')) {
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!;
  return { doc: TextDocument.create(pathToFileURL(resolve(file)).toString(), 'yaml', 1, yaml), firstLine: 2 };
}

describe('yaml-language-server with the modeline', () => {
  it('accepts the seed report', async () => {
    const path = 'content/reports/iran-militias-syria-2023.mdx';
    const text = readFileSync(path, 'utf8').replace(/^---\n/, '---\n# yaml-language-server: $schema=../../schemas/report.schema.json\n');
    const { doc } = frontmatter(path, text);
    expect(((await service.doValidation(doc, false)) as Diagnostic[]).map((d) => d.message)).toEqual([]);
  });
  it('flags what check flags, on the same lines', async () => {
    const file = 'tests/fixtures/reports/misspelt-key/report.mdx';
    const { doc, firstLine } = frontmatter(file);
    const diagnostics = (await service.doValidation(doc, false)) as Diagnostic[];
    expect(diagnostics.map((d) => [d.range.start.line + firstLine, d.message])).toEqual([
      [33, 'Missing property "lat".'],
      [36, 'Property lattitude is not allowed.'],
    ]);
    expect(checkReportSource(file, readFileSync(file, 'utf8')).problems.map((p) => p.line)).toEqual([33, 36]);
  });
  it("shows a field's JSDoc on hover", async () => {
    const { doc } = frontmatter('tests/fixtures/reports/valid-with-tally/report.mdx');
    const line = doc.getText().split('\n').findIndex((l: string) => l.startsWith('    radiusKm:'));
    const hover = await service.doHover(doc, { line, character: 6 });
    expect(JSON.stringify(hover?.contents)).toContain('Radius of uncertainty or extent, in kilometres');
  });
});
