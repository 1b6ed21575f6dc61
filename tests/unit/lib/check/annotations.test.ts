import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';
import { formatProblem } from '../../../../src/lib/check/problem.ts';
import { reportContext } from '../../../../src/integrations/site-config.ts';

const seedPath = join(import.meta.dirname, '../../../../content/reports/iran-militias-syria-2023.mdx');
const seed = readFileSync(seedPath, 'utf8');

describe('checkReportSource() on annotations', () => {
  it('passes the seed report without a problem', () => {
    expect(checkReportSource('seed.mdx', seed, reportContext()).problems).toEqual([]);
  });

  it('warns of an attributed claim that the data does not hold', () => {
    const withoutClaim = seed.replace(/ {4}quote: these militias have started to prepare for larger-scale offensives[^\n]*\n/, '');
    const problems = checkReportSource('seed.mdx', withoutClaim, reportContext()).problems;
    const line = withoutClaim.split('\n').findIndex((l) => l.startsWith('Recent developments suggest')) + 1;
    expect(problems.map((p) => [p.severity, p.rule, p.line])).toEqual([['warning', 'unsourced-attribution', line]]);
  });

  it('reports an explicit reference to an unknown id at its line and column, with a did-you-mean', () => {
    const broken = seed.replace(':place[Deir ez-Zor]{#deir-ez-zor-province} on Oct. 26', ':place[Deir ez-Zor]{#deir-ez-zor-provnce} on Oct. 26');
    const lines = broken.split('\n');
    const line = lines.findIndex((l) => l.includes('deir-ez-zor-provnce')) + 1;
    const column = (lines[line - 1] ?? '').indexOf(':place[') + 1;
    const problems = checkReportSource('seed.mdx', broken, reportContext()).problems.filter((p) => p.severity === 'error');
    expect(problems.map(formatProblem)).toEqual([`seed.mdx:${line}:${column}  error  -  unknown place 'deir-ez-zor-provnce' in :place[...]{#deir-ez-zor-provnce}  (did you mean 'deir-ez-zor-province'?)`]);
  });

  it('warns once, listing the names the text never mentions', () => {
    const withoutTalHamis = seed.replaceAll('near al-Shaddadi and Tal Hamis,', 'near al-Shaddadi and a second town,');
    const warnings = checkReportSource('seed.mdx', withoutTalHamis, reportContext()).problems.filter((p) => p.rule === 'unmentioned');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain("place 'tal-hamis' (Tal Hamis)");
  });
});

describe('checkReportSource() on shared names', () => {
  it('warns when a place and an actor share a name, saying which wins and how to override', () => {
    // (Iran is a shared actor now, declared in content/actors/; the regime is the seed's own.)
    const shared = seed.replace('    aliases: [regime forces, the regime]\n', '    aliases: [regime forces, the regime, Damascus]\n');
    const warnings = checkReportSource('seed.mdx', shared, reportContext()).problems.filter((p) => p.rule === 'shared-name');
    expect(warnings.map((w) => [w.message, w.fix])).toEqual([["'Damascus' names place 'damascus' and actor 'assad-regime'; the text's mentions go to place 'damascus'", 'where it means another, write :actor[Damascus]{#assad-regime}']]);
  });
});
