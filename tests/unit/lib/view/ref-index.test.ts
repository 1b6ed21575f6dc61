import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';
import { buildRefIndex } from '../../../../src/lib/view/ref-index.ts';
import { jsonForScript } from '../../../../src/lib/text/json-script.ts';
import { reportContext } from '../../../../src/integrations/site-config.ts';

const FILE = 'content/reports/iran-militias-syria-2023.mdx';
const report = checkReportSource(FILE, readFileSync(FILE, 'utf8'), reportContext()).report!;

describe('buildRefIndex()', () => {
  const index = buildRefIndex(report);

  it('names events with their date as readers hear it', () => {
    expect(index['event:us-strikes-2023-10-26']?.name).toBe('26 October 2023: U.S. airstrikes against Iranian militias in Deir ez-Zor');
    expect(index['event:al-bukamal-meeting']?.name).toBe('the week of 6–19 November 2023: Meeting in al-Bukamal to coordinate the Islamic Resistance in Iraq');
    expect(index['actor:irgc']?.name).toBe('Islamic Revolutionary Guard Corps (IRGC)');
  });

  it('holds only what the article side reads: kind, id and name', () => {
    expect(index['place:al-tanf']).toEqual({ kind: 'place', id: 'al-tanf', name: 'al-Tanf base' });
    expect(Object.keys(index)).toHaveLength(report.places.length + report.actors.length + report.events.length + report.tallies.length + report.axes.length + report.sources.length);
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
