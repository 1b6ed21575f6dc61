import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkReportSource } from '../../../src/lib/check/check-report.ts';
import { reportContext } from '../../../src/integrations/site-config.ts';
import { processAnnotated } from './process.ts';

const seed = readFileSync('content/reports/iran-militias-syria-2023.mdx', 'utf8');
const frontmatter = parse(seed.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;

describe('remarkSteps()', () => {
  it('gives the paragraph after a step its resolved step, and leaves no trace of the directive', async () => {
    const { html, file } = await processAnnotated('First paragraph.\n\n::step{places="al-tanf" zoom=7}\n\nThe base was attacked.\n', frontmatter);
    expect(file.messages.filter((m) => m.fatal)).toEqual([]);
    expect(html).toContain('<p id="p-1" data-paragraph="1">First paragraph.</p>');
    expect(html).toMatch(/<p data-step="\{&#x22;places&#x22;:\[&#x22;al-tanf&#x22;\],[^"]*&#x22;zoom&#x22;:7[^"]*" id="p-2"/);
    expect(html).not.toContain('::step');
  });

  it('reports an unknown id at the directive, with its line and column and a did-you-mean', async () => {
    const { file } = await processAnnotated('Intro.\n\n::step{places="al-tnaf"}\n\nText.\n', frontmatter, 'report.mdx');
    const message = file.messages.find((m) => m.fatal);
    expect(message?.ruleId).toBe('bad-step');
    expect(message?.line).toBe(3);
    expect(message?.column).toBe(1);
    expect(message?.reason).toBe(`::step unknown place 'al-tnaf' in places="..."; did you mean 'al-tanf'?`);
  });

  it('reports a step with no paragraph after it, and an unknown block directive', async () => {
    const { file } = await processAnnotated('Intro.\n\n::stpe{places="al-tanf"}\n\nText.\n\n::step{places="al-tanf"}\n', frontmatter);
    expect(file.messages.filter((m) => m.fatal).map((m) => [m.line, m.reason])).toEqual([
      [3, "unknown directive '::stpe'; did you mean '::step'?"],
      [7, 'this step has no paragraph after it; move it before the paragraph it is for, or remove it'],
    ]);
  });
});

describe('npm run check', () => {
  it('finds the same step problems as the build, at the file line', () => {
    const broken = seed.replace('::step{layers="axes"', '::step{layers="axis"');
    const result = checkReportSource('content/reports/x.mdx', broken, reportContext());
    const problem = result.problems.find((p) => p.rule === 'bad-step');
    expect(problem?.message).toBe("::step unknown layer 'axis'");
    expect(problem?.fix).toBe("did you mean 'axes'?");
    expect(broken.split('\n')[problem!.line - 1]).toMatch(/^::step\{layers="axis"/);
  });
});
