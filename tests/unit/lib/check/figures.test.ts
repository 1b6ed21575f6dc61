/** The tally shapes of issue 14: disputed counts, parts of a whole, casualties by side and kind. Synthetic data. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';
import { estimatesView, qualifiedFigure } from '../../../../src/lib/report/figures.ts';

const minimal = readFileSync('tests/fixtures/reports/valid/minimal.mdx', 'utf8');
const TALLY = '    qualifier: at-least\n';
const withTally = (extra: string) => minimal.replace(TALLY, `${TALLY}${extra}`);
const ESTIMATES = [
  '    estimates:',
  '      - { value: 34, source: statement, date: 2023-10-20 }',
  '      - { value: 40, qualifier: more-than, source: gazetteer, date: 2023-10-30 }',
  '      - { value: 47, source: statement, date: 2023-11-10 }',
  '',
].join('\n');

describe('tally shapes', () => {
  beforeAll(() => void checkReportSource('warm.mdx', minimal), 120_000);

  it('takes one estimate per source and date, and shows readers the range with each source', () => {
    const { problems, report } = checkReportSource('estimates.mdx', withTally(ESTIMATES));
    expect(problems).toEqual([]);
    const view = estimatesView('en', report!.tallies[0]!, report!.sources);
    expect(view).toEqual({
      heading: 'Sources differ (34–47):',
      items: ['34 (A statement, 20 October 2023)', 'more than 40 (A gazetteer, 30 October 2023)', '47 (A statement, 10 November 2023)'],
    });
  });

  it('refuses a value outside its estimates and an estimate citing an unknown source', () => {
    const source = withTally(ESTIMATES.replace('value: 47, source: statement', 'value: 45, source: statment'));
    const problems = checkReportSource('bad.mdx', source).problems.map((p) => [p.path, p.message]);
    expect(problems).toEqual([
      ['tallies[0].value', 'value 46 lies outside its estimates (34–45)'],
      ['tallies[0].estimates[2].source', "unknown source 'statment'"],
    ]);
  });

  it('says "84 of 85", and refuses a part larger than its whole', () => {
    expect(checkReportSource('of.mdx', withTally('    of: 50\n')).problems).toEqual([]);
    const [problem] = checkReportSource('of.mdx', withTally('    of: 40\n')).problems;
    expect(problem).toMatchObject({ path: 'tallies[0].of', message: '46 of 40: the part is larger than the whole' });
  });

  it('keeps qualifiers as written', () => {
    expect(['exact', 'at-least', 'more-than', 'at-most', 'fewer-than', 'about'].map((q) => qualifiedFigure('en', 1200, q as never))).toEqual([
      '1,200', 'at least 1,200', 'more than 1,200', 'at most 1,200', 'fewer than 1,200', 'about 1,200',
    ]);
  });

  it('records casualties by side and kind, each with its source', () => {
    const event = '    confidence: confirmed\n    quote: carried out';
    const casualties = '    casualties:\n      - { side: irgc, kind: killed, value: 2, sources: [statement] }\n      - { side: irgc, kind: injured, value: 5, qualifier: at-least, sources: [statement] }\n';
    const ok = checkReportSource('c.mdx', minimal.replace(event, `${casualties}${event}`));
    expect(ok.problems).toEqual([]);
    expect(ok.report?.events[0]?.casualties?.map((c) => [c.side, c.kind, c.value])).toEqual([['irgc', 'killed', 2], ['irgc', 'injured', 5]]);
    const bad = checkReportSource('c.mdx', minimal.replace(event, `    casualties:\n      - { side: irgcc, kind: killed, value: 2, sources: [] }\n${event}`));
    expect(bad.problems.map((p) => [p.path, p.message])).toEqual([
      ['events[0].casualties[0].sources', 'give the source of this figure'],
      ['events[0].casualties[0].side', "unknown actor 'irgcc'"],
    ]);
  });
});
