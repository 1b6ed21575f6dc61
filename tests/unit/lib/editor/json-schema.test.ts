import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportFile } from '../../../../src/lib/report/frontmatter.ts';
import { reportTemplate } from '../../../../src/lib/editor/template.ts';
import { reportJsonSchema } from '../../../../src/lib/editor/json-schema.ts';
import { ReportFields } from '../../../../src/lib/schema/report.ts';
import type { z } from 'astro/zod';

const schema = reportJsonSchema();
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const frontmatter = (path: string) => parseReportFile(path, readFileSync(path, 'utf8')).data as Record<string, unknown>;
const seed = () => structuredClone(frontmatter('content/reports/iran-militias-syria-2023.mdx')) as Record<string, unknown> & { places: Record<string, unknown>[]; events: Record<string, unknown>[]; sources: Record<string, unknown>[] };

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? mdxFiles(path) : path.endsWith('.mdx') ? [path] : [];
  });
}

describe('schemas/report.schema.json', () => {
  it('is the one npm run schema generates (run it after changing src/lib/schema)', () => {
    expect(readFileSync('schemas/report.schema.json', 'utf8')).toBe(`${JSON.stringify(schema, null, 2)}\n`);
  });
  it('describes every property with the description of the Zod schema', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const json = node as Record<string, unknown>;
      const properties = json['properties'] as Record<string, Record<string, unknown>> | undefined;
      for (const [key, value] of Object.entries(properties ?? {})) if (!value['description']) undescribed.push(`${path}.${key}`);
      for (const [key, value] of Object.entries(json)) walk(value, `${path}/${key}`);
    };
    walk(schema, '');
    expect(undescribed).toEqual([]);
    // An item of places is an entry or a bare id of a shared one (docs/registry.md).
    const places = (schema['properties'] as Record<string, { items: { anyOf: { properties: Record<string, { description: string }> }[] } }>)['places']!;
    expect(places.items.anyOf[0]!.properties['lat']!.description).toBe('Latitude, WGS84 decimal degrees (north positive), 4 decimals or more.');
  });
});

describe('the JSON Schema', () => {
  it('accepts the seed report and a new report', () => {
    expect(validate(seed()), JSON.stringify(validate.errors)).toBe(true);
    const fresh = parseReportFile('new.mdx', reportTemplate({ title: 'T', today: '2024-01-02' })).data;
    expect(validate(fresh), JSON.stringify(validate.errors)).toBe(true);
  });
  const broken: [string, (r: ReturnType<typeof seed>) => void, string][] = [
    ['a misspelt key', (r) => { r.places[0]!['lattitude'] = 35; }, 'additionalProperties'],
    ['an id that is not kebab-case', (r) => { r.places[0]!['id'] = 'Al Omar'; }, 'pattern'],
    ['a date not written YYYY-MM-DD', (r) => { r.events[0]!['date'] = '26/10/2023'; }, 'pattern'],
    ['a missing required field', (r) => { delete r['title']; }, 'required'],
    ['a missing date', (r) => { delete r.events[0]!['date']; }, 'required'],
    ['a value outside the vocabulary', (r) => { r.events[0]!['confidence'] = 'certain'; }, 'enum'],
    ['a subtype ACLED does not have', (r) => { r.events[0]!['subtype'] = 'drone-strike'; }, 'enum'],
    ['a negative count', (r) => { r.events[0]!['fatalities'] = -1; }, 'minimum'],
    ['a javascript: URL', (r) => { r.sources[0]!['url'] = 'javascript:alert(1)'; }, 'pattern'],
    ['a latitude out of range', (r) => { r.places[0]!['lat'] = 135.2; }, 'maximum'],
  ];
  for (const [name, breakIt, keyword] of broken) {
    it(`rejects ${name}`, () => {
      const data = seed();
      breakIt(data);
      expect(validate(data)).toBe(false);
      expect(validate.errors?.map((e) => e.keyword)).toContain(keyword);
    });
  }
  // A JSON Schema can say what a field must look like, not what the Zod refinements compute (cross-references,
  // sums, real calendar days, type–subtype pairs): every fixture with a structural problem must be refused.
  const structural = (issue: z.core.$ZodIssue) =>
    ['invalid_type', 'unrecognized_keys', 'invalid_value'].includes(issue.code) || ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin !== 'string');
  it('rejects every fixture that has a structural problem (wrong type, unknown key, missing field, out of range)', () => {
    const refused = mdxFiles('tests/fixtures/reports')
      .map((file) => ({ file, data: parseReportFile(file, readFileSync(file, 'utf8')).data }))
      .filter(({ data }) => data !== undefined && (ReportFields.safeParse(data).error?.issues ?? []).some(structural));
    expect(refused.map((r) => r.file)).toContain(join('tests/fixtures/reports/misspelt-key/report.mdx'));
    for (const { file, data } of refused) expect(validate(data), file).toBe(false);
  });
});
