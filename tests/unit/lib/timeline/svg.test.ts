import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../../src/lib/timeline/model.ts';
import { esc, renderTimelineSvg } from '../../../../src/lib/timeline/svg.ts';
import { miniReport, seedReport } from './fixtures.ts';

describe('renderTimelineSvg()', () => {
  it('escapes every string from content', () => {
    const svg = renderTimelineSvg(buildTimeline(miniReport()), { idPrefix: 't-', label: 'Timeline <of> "x"' });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(svg).toContain('aria-label="Timeline &lt;of&gt; &quot;x&quot;"');
    expect(esc(`a&b<'">`)).toBe('a&amp;b&lt;&#39;&quot;&gt;');
  });

  it('gives each event mark its data-event id, date and accessible name', () => {
    const svg = renderTimelineSvg(buildTimeline(seedReport()), { idPrefix: 'h-', label: 'Timeline' });
    expect(svg).toMatch(/<g class="tl-mark lane-outside-strikes shape-day precision-day confidence-confirmed" data-event="us-strikes-2023-10-26"[^>]* aria-label="26 October 2023: U\.S\. airstrikes against Iranian militias in Deir ez-Zor"/);
    expect(svg).toContain('data-start="2023-11-06" data-end="2023-11-19"');
    // Approximate ranges are hatched.
    expect(svg).toMatch(/data-event="al-bukamal-meeting"[^>]*>.*?<rect class="tl-t tl-shape tl-approx"[^>]*fill="url\(#h-hatch-developments\)"/);
    expect(svg.match(/<svg /g)).toHaveLength(1);
  });
});
