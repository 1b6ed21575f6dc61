import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';
import { buildRefIndex } from '../../../../src/lib/view/ref-index.ts';
import { jsonForScript } from '../../../../src/lib/text/json-script.ts';

const FILE = 'content/reports/iran-militias-syria-2023.mdx';
const report = checkReportSource(FILE, readFileSync(FILE, 'utf8')).report!;

describe('buildRefIndex()', () => {
  const index = buildRefIndex(report);

  it('links a place to the events that happened there', () => {
    expect(index['place:al-mayadin']?.events).toEqual(expect.arrayContaining(['us-strikes-2023-11-12', 'elite-training']));
  });

  it('names events with their date as readers see it, and keeps their span', () => {
    expect(index['event:us-strikes-2023-10-26']).toMatchObject({
      name: '26 October 2023: U.S. airstrikes against Iranian militias in Deir ez-Zor',
      start: '2023-10-26',
      end: '2023-10-26',
      places: ['deir-ez-zor-province'],
    });
    expect(index['event:al-bukamal-meeting']).toMatchObject({ start: '2023-11-06', end: '2023-11-19' });
  });

  it('links an actor to the events it took part in, on either side', () => {
    expect(index['actor:irgc']?.events).toEqual(['us-strikes-2023-11-09', 'us-strikes-2023-11-12']);
    expect(index['actor:irgc']?.name).toBe('Islamic Revolutionary Guard Corps (IRGC)');
  });
});

describe('jsonForScript()', () => {
  it('cannot close the script element it is embedded in', () => {
    const text = jsonForScript({ name: '</script><script>alert(1)</script>', sep: '\u2028' });
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>', sep: '\u2028' });
  });
});
