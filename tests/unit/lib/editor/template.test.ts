import { describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';
import { reportSlug, reportTemplate } from '../../../../src/lib/editor/template.ts';
import { Report } from '../../../../src/lib/schema/report.ts';
import { parseReportFile } from '../../../../src/lib/report/frontmatter.ts';

const text = reportTemplate({ title: 'Drone strikes: "al-Tanf" & beyond', today: '2024-02-29' });

describe('reportSlug()', () => {
  it('turns a title into a kebab-case file name', () => {
    expect(reportSlug('Drone strikes: "al-Tanf" & beyond')).toBe('drone-strikes-al-tanf-beyond');
    expect(reportSlug('Frappes à Deir ez-Zor')).toBe('frappes-a-deir-ez-zor');
  });
  it('cuts long titles at a hyphen', () => {
    const slug = reportSlug('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('reportTemplate()', () => {
  it('passes every check with no problem at all', () => {
    expect(checkReportSource('content/reports/new.mdx', text).problems).toEqual([]);
  });
  it('is a draft with the given title, dated today', () => {
    const data = Report.parse(parseReportFile('new.mdx', text).data);
    expect(data.title).toBe('Drone strikes: "al-Tanf" & beyond');
    expect(data.draft).toBe(true);
    expect(data.published).toBe('2024-02-29');
  });
  it('has an example of each kind of entry, each marked for replacement', () => {
    const data = Report.parse(parseReportFile('new.mdx', text).data);
    for (const list of ['places', 'actors', 'events', 'tallies', 'axes', 'sources'] as const) expect(data[list].length, list).toBeGreaterThan(0);
    expect(data.events[0]?.notes).toMatch(/Replace me/);
    expect(data.places[0]?.description).toMatch(/Replace me/);
  });
  it('cannot be published as it stands: once draft is removed, every placeholder is an error', () => {
    const published = checkReportSource('new.mdx', text.replace('draft: true\n', '')).problems;
    expect(published.length).toBeGreaterThan(10);
    expect(published.every((p) => p.rule === 'placeholder' && p.severity === 'error')).toBe(true);
    expect(published.map((p) => p.path)).toContain('places[0].description');
  });
  it('shows <Tally /> in the article', () => {
    expect(text).toContain('<Tally id="example-tally" />');
    expect(text).toContain('<Tally id="example-tally" part="North" />');
  });
});
