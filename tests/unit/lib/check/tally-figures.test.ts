import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';
import { checkFigures, checkTallyUses, stem, tallyKeys } from '../../../../src/lib/check/tally-figures.ts';
import { parseBody } from '../../../../src/lib/report/mdx.ts';
import { textBlocks } from '../../../../src/lib/report/rendered-text.ts';
import { reportContext } from '../../../../src/integrations/site-config.ts';

const tree = (body: string) => parseBody('x.mdx', body, 0).tree;

const SEED = 'content/reports/iran-militias-syria-2023.mdx';
const seed = readFileSync(SEED, 'utf8');

const attacks = {
  id: 'attacks',
  label: 'Attacks on U.S. and international coalition forces',
  unit: 'attack',
  value: 46,
  qualifier: 'at-least' as const,
  breakdown: [
    { label: 'Iraq', value: 24 },
    { label: 'Syria', value: 22 },
  ],
  sources: [],
  confidence: 'confirmed' as const,
};
const injured = { ...attacks, id: 'injured', label: 'U.S. troops injured (contractors aside)', unit: 'service member', value: 56, breakdown: [] };
const report = { tallies: [attacks, injured] };
const figures = (text: string) => checkFigures(report, text).map((p) => p.message);

describe('stem()', () => {
  it('strips plural and past-tense endings', () => {
    expect(['attacks', 'attacked', 'attack', 'attacking'].map(stem)).toEqual(['attack', 'attack', 'attack', 'attack']);
    expect(stem('casualties')).toBe('casualty');
  });
});

describe('tallyKeys()', () => {
  it('takes unit and label words, leaving out generic words and parentheses', () => {
    expect(tallyKeys(injured)).toEqual(['service', 'member', 'troop', 'injur']);
    expect(tallyKeys(attacks)).not.toContain('force');
  });
});

describe('checkFigures()', () => {
  it('accepts figures that match the value or a part', () => {
    expect(figures('forces were attacked at least 46 times, of which 24 were in Iraq and 22 in Syria.')).toEqual([]);
    expect(figures('In all 56 U.S. troops were injured.')).toEqual([]);
  });
  it('warns on a figure next to the unit that differs from the data', () => {
    expect(figures('forces were attacked at least 45 times.')).toEqual([
      "the article says 45 next to 'attacked', but tally 'attacks' is 46 (parts: Iraq 24, Syria 22)",
    ]);
  });
  it('warns on a part figure that differs, tied by the part label and the unit before it', () => {
    expect(figures('attacked at least 46 times, of which 25 were in Iraq and 21 in Syria.')).toHaveLength(2);
  });
  it('ignores dates, years, ordinals, percentages and numbers far from any tally word', () => {
    expect(figures('On Oct. 17 and 9 November 2023 the 47th Regiment attacked; 80% of the attacks.')).toEqual([]);
    expect(figures('Iraq has 18 provinces and a long history.')).toEqual([]);
    expect(figures('The attacks went on.\n\nThere were 12 meetings in Iraq.')).toEqual([]);
  });
  it('reads <Tally /> as the figure it prints, and leaves comments out (the rendered text)', () => {
    const rendered = (body: string) => textBlocks(tree(body), report).map((b) => b.text).join('\n\n');
    expect(rendered('attacked at least <Tally id="attacks" /> times {/* was 45 attacks */}')).toBe('attacked at least 46 times ');
    expect(figures(rendered('attacked at least <Tally id="attacks" /> times {/* was 45 attacks */}'))).toEqual([]);
  });
  it('leaves a number that is part of a name alone ("Tower 22", "Brigade 313")', () => {
    expect(figures('The attacks on Tower 22 were many.')).toEqual([]);
    expect(figures('Brigade 313 attacked the base.')).toEqual([]);
    expect(figures('In 45 attacks the base was hit.')).toHaveLength(1);
  });
  it('leaves a number inside :nofigure[…]{reason} alone, and asks for the reason when it is missing', () => {
    const body = (text: string) => seed.replace('attacked at least <Tally id="attacks-oct17-nov09" /> times', text);
    const rule = (text: string) => checkReportSource(SEED, body(text), reportContext()).problems.filter((p) => p.rule === 'tally-figure' || p.rule === 'nofigure');
    expect(rule('attacked at least 45 times')).toHaveLength(1);
    expect(rule(':nofigure[attacked at least 45 times]{reason="a different count, quoted from a later statement"}')).toEqual([]);
    const [missing] = rule(':nofigure[attacked at least 45 times]');
    expect(missing).toMatchObject({ severity: 'error', message: ':nofigure without a reason: say why the number is not a figure of the data' });
  }, 120_000);
  it('gives the offset of the number in the body', () => {
    const text = 'They attacked 45 times.';
    expect(checkFigures(report, text)[0]?.offset).toBe(text.indexOf('45'));
  });
  it('finds nothing to warn of in the seed report', () => {
    const result = checkReportSource(SEED, seed, reportContext());
    expect(result.problems.filter((p) => p.rule === 'tally-figure' || p.rule === 'tally-use')).toEqual([]);
  });
  it('locates a changed figure in the seed at its line and column', () => {
    // The article states the figure with <Tally>; an editor who types a figure over it gets the warning.
    const written = 'attacked at least <Tally id="attacks-oct17-nov09" /> times';
    expect(seed).toContain(written);
    const changed = seed.replace(written, 'attacked at least 45 times');
    const lines = changed.split('\n');
    const line = lines.findIndex((l) => l.includes('at least 45 times')) + 1;
    const column = lines[line - 1]!.indexOf('45 times') + 1;
    const problems = checkReportSource(SEED, changed, reportContext()).problems.filter((p) => p.rule === 'tally-figure');
    expect(problems).toEqual([
      expect.objectContaining({ line, column, severity: 'warning', path: 'tallies[0].value', message: expect.stringContaining("'attacks-oct17-nov09' is 46") }),
    ]);
  });
});

describe('checkTallyUses()', () => {
  it('accepts known ids and parts', () => {
    expect(checkTallyUses(report, tree('<Tally id="attacks" /> and <Tally id="attacks" part="Iraq" />'))).toEqual([]);
  });
  it('refuses unknown ids and parts, with a did-you-mean', () => {
    const problems = checkTallyUses(report, tree('x <Tally id="atacks" /> y <Tally id=\'attacks\' part="Irak" />'));
    expect(problems.map((p) => [p.offset, p.severity, p.message, p.fix])).toEqual([
      [2, 'error', '<Tally id="atacks" /> names no tally of this report', "did you mean 'attacks'? declare it under tallies"],
      [26, 'error', "tally 'attacks' has no part 'Irak'", "did you mean 'Iraq'?"],
    ]);
  });
  it('ignores a <Tally /> inside a comment', () => {
    expect(checkTallyUses(report, tree('{/* <Tally id="nope" /> */}'))).toEqual([]);
  });
});
