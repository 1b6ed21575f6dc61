/** Places read against the country polygons (world-atlas): border places, country names, far-away places. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';

const minimal = readFileSync('tests/fixtures/reports/valid/minimal.mdx', 'utf8');
const HASAKAH = '    lat: 36.5117\n    lon: 40.7422\n';
const withHasakah = (extra: string) => minimal.replace(HASAKAH, `${HASAKAH}${extra}`);

describe('coordinates against countries', () => {
  // The first check reads the world-atlas polygons: seconds on the loaded 2-core machine, not a budget.
  beforeAll(() => void checkReportSource('warm.mdx', withHasakah('    country: SY\n')), 120_000);

  it('accepts a place inside the country it declares', () => {
    expect(checkReportSource('ok.mdx', withHasakah('    country: SY\n')).problems).toEqual([]);
  });

  it('accepts a border place that declares the country it lies in among several', () => {
    const { problems } = checkReportSource('border.mdx', withHasakah('    country: IQ\n    borderCountries: [SY]\n'));
    expect(problems).toEqual([]);
  });

  it('suggests the alpha-2 code for a country written as a name or in lower case', () => {
    const name = checkReportSource('jordan.mdx', withHasakah('    country: Jordan\n')).problems;
    expect(name.map((p) => [p.path, p.fix])).toEqual([['places[1].country', "did you mean 'JO' (Jordan)?"]]);
    const lower = checkReportSource('lower.mdx', withHasakah('    country: sy\n')).problems;
    expect(lower[0]?.fix).toBe("did you mean 'SY' (Syria)?");
  });

  it('records where a coordinate comes from and whether it was verified', () => {
    const extra = '    coordinatesFrom: the gazetteer entry, checked on imagery\n    verified: true\n    verifiedBy: A. Editor, imagery of 2023-10-20\n';
    const result = checkReportSource('provenance.mdx', withHasakah(extra));
    expect(result.problems).toEqual([]);
    expect(result.report?.places[1]).toMatchObject({ verified: true, coordinatesFrom: 'the gazetteer entry, checked on imagery' });
  });

  it('warns of a place thousands of km from the others, naming it and the distance', () => {
    // Synthetic: a fourth place with coordinates in western Europe.
    const far = minimal.replace('actors:\n', '  - id: far-town\n    name: Far town\n    kind: town\n    lat: 48.8566\n    lon: 2.3522\nactors:\n');
    const result = checkReportSource('far.mdx', far);
    expect(result.report).toBeDefined();
    const problems = result.problems.filter((p) => p.rule === 'coordinates-outlier');
    expect(problems.map((p) => [p.severity, p.path])).toEqual([['warning', 'places[3].lat']]);
    expect(problems[0]?.message).toMatch(/^place 'far-town' lies 3,\d{3} km from the middle of the report's other places/);
  });
});
