import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../../src/lib/timeline/model.ts';
import { renderTimelineSvg } from '../../../../src/lib/timeline/svg.ts';
import { miniReport, seedReport } from './fixtures.ts';

function elements(node: Root | Element): Element[] {
  const out: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    out.push(child, ...elements(child));
  }
  return out;
}

const parse = (svg: string) => elements(fromHtml(svg, { fragment: true }));

describe('renderTimelineSvg()', () => {
  it('escapes every string from content (built with hastscript)', () => {
    const svg = renderTimelineSvg(buildTimeline(miniReport()), { idPrefix: 't-', label: 'Timeline <of> "x"' });
    const els = parse(svg);
    expect(els.some((el) => el.tagName === 'script')).toBe(false);
    // Markup from content stays text: in attribute values (where `<` is inert) and in text nodes (escaped).
    expect(svg).toContain('&#x3C;script>alert("x")&#x3C;/script>');
    expect(els[0]!.properties['ariaLabel']).toBe('Timeline <of> "x"');
    const mark = els.find((el) => el.properties['dataEvent'] === 'attack-1')!;
    expect(mark.properties['ariaLabel']).toBe('5 March 2023: Rocket attack on <script>alert("x")</script> base & camp');
    // The label wraps over lines, as text: every word is there.
    const label = elements(mark).find((el) => el.tagName === 'text')!;
    expect(toString(label)).toBe('Rocket attack on <script>alert("x")</script> base & camp');
  });

  it('gives each event mark its data-event id, date and accessible name; one mark is in the tab order', () => {
    const els = parse(renderTimelineSvg(buildTimeline(seedReport()), { idPrefix: 'h-', label: 'Timeline' }));
    const marks = els.filter((el) => (el.properties['className'] as string[] | undefined)?.includes('tl-mark'));
    expect(marks).toHaveLength(16);
    const strike = marks.find((el) => el.properties['dataEvent'] === 'us-strikes-2023-10-26')!;
    expect(strike.properties['ariaLabel']).toBe('26 October 2023: U.S. airstrikes against Iranian militias in Deir ez-Zor');
    expect(strike.properties['className']).toContain('lane-violence-us-forces');
    expect(marks.filter((el) => el.properties['tabIndex'] === 0).map((el) => el.properties['dataOrder'])).toEqual(['0']);
  });

  it('draws rough ranges with faded ends (a gradient), and hatches nothing', () => {
    const svg = renderTimelineSvg(buildTimeline(seedReport()), { idPrefix: 'h-', label: 'Timeline' });
    const els = parse(svg);
    const meeting = els.find((el) => el.properties['dataEvent'] === 'al-bukamal-meeting')!;
    const bar = elements(meeting).find((el) => el.tagName === 'rect')!;
    expect(bar.properties['fill']).toBe('url(#h-fade-developments)');
    expect(els.some((el) => el.tagName === 'pattern')).toBe(false);
    expect(els.filter((el) => el.tagName === 'lineargradient' || el.tagName === 'linearGradient').length).toBeGreaterThan(0);
  });

  it('draws tallies as brackets with their full labels, and no text ends with an ellipsis', () => {
    const els = parse(renderTimelineSvg(buildTimeline(seedReport(), { orientation: 'vertical' }), { idPrefix: 'v-', label: 'Timeline' }));
    const injured = els.find((el) => el.properties['dataKey'] === 'us-troops-injured')!;
    expect(toString(injured)).toContain('U.S. troops injured: 56');
    for (const text of els.filter((el) => el.tagName === 'text')) expect(toString(text).trim()).not.toMatch(/…$/);
  });
});
