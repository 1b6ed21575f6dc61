/**
 * Broken corrections logs (tests/fixtures/reports/trust-broken/): each gets one located error naming the
 * file, line, column, field, the problem and the fix. Corrections and withdrawals on a valid report pass.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';

const DIR = 'tests/fixtures/reports/trust-broken';
const check = (name: string) => {
  const file = `${DIR}/${name}.mdx`;
  return checkReportSource(file, readFileSync(file, 'utf8'));
};

/** name → [line, column, path, message fragment, fix fragment] of the one expected error. */
const EXPECTED: Record<string, [number, number, string, string, string]> = {
  'correction-before-publication': [77, 11, 'corrections[0].date', 'the correction is dated 2023-11-10, before the report was published (2023-11-15)', '2023-11-15 or later'],
  'correction-without-reason': [79, 10, 'corrections[0].why', 'the reason for the correction is empty', 'give the reason'],
  'event-correction-before-publication': [51, 17, 'events[0].corrections[0].date', 'the correction is dated 2023-11-01, before the report was published (2023-11-15)', '2023-11-15 or later'],
  'correction-paragraph-missing': [80, 16, 'corrections[0].paragraph', 'the correction points at paragraph 4 (#p-4), but the article has 1', 'anchor #p-N (1 to 1)'],
  'withdrawn-still-listed': [77, 9, 'withdrawn[0].id', "place 'al-hasakah' is withdrawn but still listed at places[1]", 'remove it from places'],
};

describe('checkReportSource() on broken corrections', () => {
  for (const [name, [line, column, path, message, fix]] of Object.entries(EXPECTED)) {
    it(`${name}: ${message}`, () => {
      const { problems, report } = check(name);
      expect(report).toBeUndefined();
      const errors = problems.filter((p) => p.severity === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ file: `${DIR}/${name}.mdx`, line, column, path });
      expect(errors[0]?.message).toContain(message);
      expect(errors[0]?.fix).toContain(fix);
    });
  }

  it('every fixture in trust-broken/ has an expectation here', () => {
    const names = readdirSync(DIR).map((f) => f.replace(/\.mdx$/, ''));
    expect(names.filter((n) => !(n in EXPECTED))).toEqual([]);
  });
});

describe('checkReportSource() on a valid corrections log', () => {
  const minimal = readFileSync('tests/fixtures/reports/valid/minimal.mdx', 'utf8');
  const withLog = minimal.replace(
    '  - id: gazetteer\n    title: A gazetteer\n    kind: gazetteer\n---',
    [
      '  - id: gazetteer',
      '    title: A gazetteer',
      '    kind: gazetteer',
      'updated: 2023-11-18',
      'corrections:',
      '  - { date: 2023-11-15, what: The strike was on 26 October., why: The statement gives the 26th., paragraph: 1 }',
      'withdrawn:',
      '  - { id: old-event, kind: event, date: 2023-11-20, why: Its only source retracted it. }',
      '---',
    ].join('\n'),
  ).replace('    confidence: confirmed\n    quote:', '    confidence: confirmed\n    corrections: [{ date: 2023-11-21, what: The place was corrected., why: A second source. }]\n    quote:');

  it('accepts corrections on and after the publication day, and a withdrawn id no longer listed', () => {
    const { problems, report } = checkReportSource('synthetic.mdx', withLog);
    expect(problems).toEqual([]);
    expect(report?.corrections).toEqual([{ date: '2023-11-15', what: 'The strike was on 26 October.', why: 'The statement gives the 26th.', paragraph: 1 }]);
    expect(report?.events[0]?.corrections).toHaveLength(1);
    expect(report?.withdrawn?.[0]).toMatchObject({ id: 'old-event', kind: 'event' });
    expect(report?.updated).toBe('2023-11-18');
  });

  it('leaves the logs out when there is nothing to log', () => {
    const { report } = checkReportSource('minimal.mdx', minimal);
    expect(report?.corrections).toBeUndefined();
    expect(report?.withdrawn).toBeUndefined();
    expect(report?.events[0]?.corrections).toBeUndefined();
  });

  it('measures a correction dated against the start of a publication known only as a range', () => {
    const ranged = withLog.replace('published: 2023-11-15', 'published: { start: 2023-11-12, end: 2023-11-20, precision: range, note: Synthetic. }');
    const early = ranged.replace('  - { date: 2023-11-15, what:', '  - { date: 2023-11-11, what:');
    expect(checkReportSource('ranged.mdx', ranged).problems).toEqual([]);
    const errors = checkReportSource('early.mdx', early).problems;
    expect(errors.map((p) => [p.path, p.message])).toEqual([['corrections[0].date', 'the correction is dated 2023-11-11, before the report was published (2023-11-12)']]);
  });
});
