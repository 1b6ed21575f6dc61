/**
 * The body as the check reads it: one MDX parse, the text as rendered (a `<Tally>` is its figure),
 * and what a body may hold (issue 14: no code unless the site opts in to full MDX).
 */
import { readFileSync } from 'node:fs';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';
import { isAllowedBodyUrl } from '../../../../src/lib/report/body-safety.ts';
import { loadReport } from '../../../../src/lib/report/load.ts';
import { remarkSafeBody } from '../../../../src/plugins/remark-safe-body.ts';

const minimal = readFileSync('tests/fixtures/reports/valid/minimal.mdx', 'utf8');
const BODY = 'U.S. forces carried out a strike on Oct. 26 near al-Tanf, against the IRGC in the Deir ez-Zor countryside and al-Hasakah.';
/** The minimal valid report with `extra` added to its article (and `data` lines to its frontmatter). */
const withBody = (extra: string, data = '') => minimal.replace('\n---\n', `\n${data}---\n`).replace(BODY, `${BODY} ${extra}`);
const errors = (source: string, mdx: 'safe' | 'full' = 'safe') => checkReportSource('r.mdx', source, undefined, { mdx }).problems.filter((p) => p.severity === 'error');

describe('the text as rendered', () => {
  it('reads <Tally> as its figure: a quote holding the figure is found (it failed before)', () => {
    const quote = '    quote: attacked at least 46 times\n';
    const source = withBody('They were attacked at least <Tally id="attacks" /> times.').replace('    value: 46\n', `    value: 46\n${quote}`);
    expect(errors(source)).toEqual([]);
    expect(checkReportSource('r.mdx', source).problems.filter((p) => p.rule === 'tally-figure')).toEqual([]);
  });

  it('still refuses a quote the rendered text does not hold, at the quote', () => {
    const source = withBody('They were attacked at least <Tally id="attacks" /> times.').replace('    value: 46\n', '    value: 46\n    quote: attacked at least 47 times\n');
    expect(errors(source).map((p) => [p.path, p.rule])).toEqual([['tallies[0].quote', 'quote']]);
  });

  it('gives body positions from the tree, in file lines and columns', () => {
    const source = withBody('Read :place[the garrison]{#al-tanff}.');
    const line = source.split('\n').findIndex((l) => l.includes(':place[')) + 1;
    const column = source.split('\n')[line - 1]!.indexOf(':place[') + 1;
    expect(errors(source)).toEqual([expect.objectContaining({ line, column, rule: 'unknown-ref', fix: "did you mean 'al-tanf'?" })]);
  });

  it('names an MDX syntax error at its line and column, without a stack trace', () => {
    const source = withBody('An unclosed {brace.');
    const [problem] = errors(source);
    expect(problem).toMatchObject({ rule: 'mdx-syntax', line: 77 });
    expect(problem?.message).toMatch(/^the article cannot be read as MDX: /);
    expect(problem?.fix).toContain('\\{');
  });
});

describe('what a body may hold', () => {
  it('allows Markdown, directives, comments, and <Tally> with literal attributes', () => {
    const source = withBody('*Emphasis*, [a link](https://example.org/x), [relative](../other/), [anchor](#p-1), ![photo](/img/a.png), <Tally id="attacks" qualified /> and <Tally id="attacks" part="Iraq" /> {/* an editor\'s comment */}');
    expect(errors(source)).toEqual([]);
  });

  it('refuses unknown attributes of a component', () => {
    expect(errors(withBody('<Tally id="attacks" onclick="x" />')).map((p) => p.message)).toEqual(["<Tally> has no attribute 'onclick'"]);
  });

  it('refuses spread attributes', () => {
    expect(errors(withBody('<Tally {...props} />')).map((p) => p.rule)).toEqual(['body-expression']);
  });

  it('refuses disguised schemes as a browser reads them', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) expect(isAllowedBodyUrl(url)).toBe(false);
    for (const url of ['https://example.org', 'http://example.org', '../a', '/a', '#p-1', 'a/b?c=d:e']) expect(isAllowedBodyUrl(url)).toBe(true);
  });

  it('refuses a reference-style link definition with a bad scheme', () => {
    expect(errors(withBody('[more][m]\n\n[m]: javascript:alert(1)')).map((p) => p.rule)).toEqual(['body-url']);
  });

  it('with "mdx": "full", lets code through but still refuses unsafe links', () => {
    expect(errors(withBody('{1 + 1} <Foo />\n\nexport const x = 1'), 'full')).toEqual([]);
    expect(errors(withBody('[x](javascript:alert(1))'), 'full').map((p) => p.rule)).toEqual(['body-url']);
  });

  it('loads a report whatever its body holds, without running it', () => {
    const loaded = loadReport('r.mdx', withBody('{(() => { throw new Error("ran") })()}'));
    expect(loaded.data?.title).toBe('A minimal valid report');
    expect(loaded.problems.map((p) => p.rule)).toEqual(['body-code']);
  });
});

describe('remark-safe-body (the build\'s guard)', () => {
  const run = async (body: string, mdx?: 'safe' | 'full') => {
    const file = new VFile({ value: body, path: 'r.mdx' });
    await unified().use(remarkParse).use(remarkMdx).use(remarkSafeBody, { mdx }).use(remarkRehype).use(rehypeStringify).process(file);
    return file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'fatal' : 'warning'} ${m.source}:${m.ruleId}`);
  };

  it('makes every use of code a fatal message at its position', async () => {
    expect(await run("import x from './x.js'\n\nText {process.env.HOME} and <Script />.")).toEqual(['1:1 fatal sitrep:body-code', '3:6 fatal sitrep:body-code', '3:29 fatal sitrep:body-component']);
  });

  it('is silent on a safe body, and on code when the site opts in', async () => {
    expect(await run('Text <Tally id="x" /> {/* note */}')).toEqual([]);
    expect(await run('Text {1 + 1}', 'full')).toEqual([]);
  });
});
