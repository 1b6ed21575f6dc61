/** The unsourced-attribution warning says what is true: no item quotes the claim, or the items that quote it cite no source. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';

// Synthetic: the minimal fixture with an attributed sentence in its body.
const minimal = readFileSync('tests/fixtures/reports/valid/minimal.mdx', 'utf8');
const body = '\nAccording to a statement, U.S. forces carried out a strike on Oct. 26 near al-Tanf, against the IRGC in the Deir ez-Zor countryside and al-Hasakah.\n';
const withBody = (source: string) => source.replace(/\n---\n[\s\S]*$/, `\n---\n${body}`);
const attribution = (source: string) => checkReportSource('a.mdx', withBody(source)).problems.filter((p) => p.rule === 'unsourced-attribution');

describe('unsourced-attribution', () => {
  // The first check reads the country polygons: seconds on the loaded machine, not a budget.
  beforeAll(() => void checkReportSource('warm.mdx', minimal), 120_000);

  it('is silent when the quoting event cites a source', () => {
    expect(attribution(minimal)).toEqual([]);
  });
  it('names the quoting event when it cites no source', () => {
    const [problem] = attribution(minimal.replace('    sources: [statement]\n    confidence: confirmed\n    quote: carried out', '    confidence: confirmed\n    quote: carried out'));
    expect(problem?.message).toBe(`"According to a statement" attributes a claim that 'strike-2023-10-26' quotes, but it cites no source: it gets no source marker`);
    expect(problem?.fix).toBe('add the source ids to its sources');
  });
  it('says no item quotes it when none does', () => {
    const [problem] = attribution(minimal.replace('    quote: carried out a strike on Oct. 26\n', ''));
    expect(problem?.message).toBe('"According to a statement" attributes a claim that no event or tally quotes: it gets no source marker');
  });
});
