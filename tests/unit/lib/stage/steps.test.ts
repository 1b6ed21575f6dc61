import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createReportSchema } from '../../../../src/lib/schema/report.ts';
import { reportContext } from '../../../../src/integrations/site-config.ts';
import { layerKeys, readStep } from '../../../../src/lib/stage/steps.ts';

const seed = readFileSync('content/reports/iran-militias-syria-2023.mdx', 'utf8');
const report = createReportSchema(reportContext()).parse(parse(seed.split('\n---\n')[0]!.replace(/^---\n/, '')));

describe('readStep()', () => {
  it('resolves places, zoom, range, layers and highlights, and the events the range holds', () => {
    const { step, problems } = readStep({ places: 'al-tanf, al-omar', zoom: '8', range: '2023-10-26..2023-11-09', layers: 'axes', highlight: 'event:us-strikes-2023-11-12,axis:axis-tanf' }, report);
    expect(problems).toEqual([]);
    expect(step.places).toEqual(['al-tanf', 'al-omar']);
    expect(step.zoom).toBe(8);
    expect(step.range).toEqual({ start: '2023-10-26', end: '2023-11-09' });
    expect(step.layers).toEqual(['axes']);
    expect(step.highlight).toEqual(['event:us-strikes-2023-11-12', 'axis:axis-tanf']);
    expect(step.events).toEqual(expect.arrayContaining(['us-strikes-2023-11-12', 'us-strikes-2023-10-26', 'us-strikes-2023-11-09']));
  });

  it('names every unknown id with a did-you-mean', () => {
    const { problems } = readStep({ places: 'al-tnaf', highlight: 'evnt:us-strikes-2023-10-26,event:us-strikes-2023-10-62', layers: 'axis' }, report);
    expect(problems).toEqual([
      { attribute: 'places', message: "unknown place 'al-tnaf' in places=\"...\"", fix: "did you mean 'al-tanf'?" },
      { attribute: 'layers', message: "unknown layer 'axis'", fix: "did you mean 'axes'?" },
      { attribute: 'highlight', message: "'evnt:us-strikes-2023-10-26' is not kind:id", fix: "did you mean 'event:us-strikes-2023-10-26'?" },
      { attribute: 'highlight', message: "unknown event 'us-strikes-2023-10-62' in highlight=\"...\"", fix: "did you mean 'us-strikes-2023-10-26'?" },
    ]);
  });

  it('refuses a zoom out of range, a range that is not real days in order, unknown attributes and an empty step', () => {
    expect(readStep({ zoom: '40' }, report).problems[0]?.message).toBe("zoom '40' is not a zoom level");
    expect(readStep({ range: '2023-02-30..2023-03-02' }, report).problems[0]?.message).toBe("range '2023-02-30..2023-03-02' is not a date or two dates");
    expect(readStep({ range: '2023-11-09..2023-10-17' }, report).problems[0]?.fix).toBe('write range="2023-10-17..2023-11-09"');
    expect(readStep({ place: 'al-tanf' }, report).problems[0]).toEqual({ attribute: 'place', message: "unknown step attribute 'place'", fix: "did you mean 'places'?" });
    expect(readStep({}, report).problems[0]?.message).toBe('this step names nothing to show');
  });
});

describe('layerKeys()', () => {
  it("lists the report's map layers from its data", () => {
    expect(layerKeys(report)).toEqual(expect.arrayContaining(['kind:coalition-base', 'axes', 'shipments', 'areas', 'overlay:euphrates']));
  });
});
