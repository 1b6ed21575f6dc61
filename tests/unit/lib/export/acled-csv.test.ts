import { describe, expect, it } from 'vitest';
import { csvField, toAcledCsv } from '../../../../src/lib/export/acled-csv.ts';
import { acledRows } from '../../../../src/lib/export/acled-csv.ts';
import { parseReportFile } from '../../../../src/lib/report/frontmatter.ts';
import { createReportSchema } from '../../../../src/lib/schema/report.ts';
import { readFileSync } from 'node:fs';
import { reportContext } from '../../../../src/integrations/site-config.ts';

describe('csvField()', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});

describe('acledRows() on the seed report', () => {
  const path = 'content/reports/iran-militias-syria-2023.mdx';
  const report = createReportSchema(reportContext()).parse(parseReportFile(path, readFileSync(path, 'utf8')).data);
  const rows = acledRows(report);
  it('leaves out context events and writes ACLED labels', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.event_type !== '' && r.event_type !== 'Context')).toBe(true);
    const strike = rows.find((r) => r.event_date === '2023-10-26' && r.sub_event_type === 'Air/drone strike');
    expect(strike).toMatchObject({ event_type: 'Explosions/Remote violence', time_precision: '1', country: 'Syria', iso: '760' });
  });
  it('writes one CSV line per row plus the header', () => {
    expect(toAcledCsv(rows).trimEnd().split('\r\n').filter((l) => /^[^,]+,\d{4}-\d{2}-\d{2},/.test(l))).toHaveLength(rows.length);
  });
});

describe('csvField() against formula injection', () => {
  it('defuses cells a spreadsheet would run, and leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+1+1')).toBe("'+1+1");
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField('al-Tanf')).toBe('al-Tanf');
  });
});
