import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS } from '../../../../src/lib/acled/vocabulary.ts';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';
import { editorTemplateFor } from './template-helper.ts';
import { acledRows, toAcledCsv } from '../../../../src/lib/export/acled-csv.ts';
import { importAcled } from '../../../../src/lib/import/acled.ts';
import { mergeIntoReport, toYamlSnippet } from '../../../../src/lib/import/merge.ts';

const sample = readFileSync('tests/fixtures/acled/sample.csv', 'utf8');
const result = importAcled(sample);
const KEY_COLUMNS = ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'iso', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities'] as const;
const records = (csv: string) => parse(csv, { columns: true, bom: true }) as Record<string, string>[];

describe('importAcled()', () => {
  it('takes the good rows and reports each bad one with its line, column and why', () => {
    expect([result.rows, result.taken]).toEqual([7, 4]);
    expect(result.problems).toEqual([
      { row: 6, column: 'sub_event_type', message: "'Drone strike' is not a sub-event type of 'Explosions/Remote violence'; did you mean 'Air/drone strike'?" },
      { row: 7, column: 'latitude', message: "'95.5' is not a latitude (-90..90)" },
      { row: 8, column: 'event_date', message: "'2023-02-30' is not a date (YYYY-MM-DD)" },
    ]);
  });
  it('maps types, actors and time precision to Sitrep', () => {
    const [strike, clash, base] = result.events;
    expect(strike).toMatchObject({ id: 'acled-syn001', date: '2023-10-26', type: 'explosions-remote-violence', subtype: 'air-drone-strike', fatalities: 3, actors: { by: ['synthetic-air-force'], against: ['example-militia-a', 'example-militia-b', 'example-militia-c'] }, sources: ['example-wire', 'example-monitor'] });
    expect(clash?.date).toEqual({ start: '2023-10-15', end: '2023-10-21', precision: 'week', note: 'ACLED time_precision 2: the week around 2023-10-18' });
    expect(base?.date).toMatchObject({ start: '2023-10-01', end: '2023-10-31', precision: 'month' });
    expect(result.actors.find((a) => a.id === 'synthetic-air-force')).toMatchObject({ kind: 'external-force', acledType: 'External/Other forces' });
  });
  it('maps geo precision to exact, near 5 km and region 25 km, and reuses a place with the same coordinates', () => {
    expect(result.places.map((p) => [p.id, p.precision, p.radiusKm, p.country])).toEqual([
      ['testville', 'exact', undefined, 'SY'],
      ['sampletown', 'near', 5, 'SY'],
      ['example-desert', 'region', 25, 'IQ'],
    ]);
    expect(result.events[3]?.places).toEqual(['testville']);
  });
  it('refuses a file without ACLED columns', () => {
    expect(importAcled('date,place\n2023-10-01,x\n').problems[0]).toMatchObject({ row: 1, message: expect.stringContaining('lacks ACLED columns event_id_cnty') });
  });
});

describe('the importer and the CSV export', () => {
  it('round-trip the sample: same key columns, ACLED column order', () => {
    const exported = toAcledCsv(acledRows(result));
    expect(exported.split('\r\n')[0]).toBe(ACLED_COLUMNS.join(','));
    const before = records(sample).slice(0, 4);
    const after = records(exported);
    expect(after.map((r) => Object.fromEntries(KEY_COLUMNS.map((c) => [c, r[c]])))).toEqual(before.map((r) => Object.fromEntries(KEY_COLUMNS.map((c) => [c, r[c]]))));
  });
  it('import again what they export', () => {
    const again = importAcled(toAcledCsv(acledRows(result)));
    expect(again.problems).toEqual([]);
    expect(again.events).toEqual(result.events);
  });
});

describe('mergeIntoReport()', () => {
  it('adds the entries to a report, which then passes check without errors', () => {
    const report = editorTemplateFor('2023-10-01', '2023-11-30');
    const merged = mergeIntoReport(report, result);
    expect(merged.added).toEqual({ places: 3, actors: 7, events: 4, sources: 2 });
    expect(merged.text).toContain('# A place: id (kebab-case');
    const problems = checkReportSource('r.mdx', merged.text).problems;
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(mergeIntoReport(merged.text, result).skipped).toHaveLength(16);
  });
  it('prints a YAML snippet without default-valued fields', () => {
    const yaml = toYamlSnippet(result);
    expect(yaml).toMatch(/^places:\n {2}- id: testville\n/);
    expect(yaml).not.toContain('aliases: []');
    expect(yaml).not.toContain('scope: focus');
  });
});
