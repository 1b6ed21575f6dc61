import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../../src/lib/timeline/model.ts';
import { syntheticReport } from '../../../../src/lib/timeline/synthetic.ts';
import { renderTimelineSvg } from '../../../../src/lib/timeline/svg.ts';
import { legendEntries } from '../../../../src/lib/timeline/legend.ts';
import type { Mark, TimelineOptions } from '../../../../src/lib/timeline/types.ts';
import { allReports, miniReport, otherRegionReport, seedReport } from './fixtures.ts';
import { labelProblems, labelText } from './invariants.ts';

const byKey = (marks: Mark[], key: string) => marks.find((m) => m.key === key)!;

const LAYOUTS: [string, TimelineOptions][] = [
  ['horizontal', { orientation: 'horizontal' }],
  ['compact strip', { orientation: 'horizontal', variant: 'compact' }],
  ['vertical', { orientation: 'vertical' }],
  ['horizontal, right to left', { orientation: 'horizontal', direction: 'rtl' }],
  ['vertical, right to left', { orientation: 'vertical', direction: 'rtl' }],
  ['horizontal at 1200', { orientation: 'horizontal', width: 1200 }],
  ['vertical at 320', { orientation: 'vertical', width: 320 }],
];

describe('buildTimeline() on the seed report', () => {
  const report = seedReport();
  const model = buildTimeline(report);

  it('draws the three U.S. strikes as day marks with accessible names, in a lane named after who struck', () => {
    expect(byKey(model.marks, 'us-strikes-2023-10-26').name).toBe('26 October 2023: U.S. airstrikes against Iranian militias in Deir ez-Zor');
    expect(byKey(model.marks, 'us-strikes-2023-11-09').name).toBe('9 November 2023: U.S. strike on IRGC sites in Deir ez-Zor');
    expect(byKey(model.marks, 'us-strikes-2023-11-12').name).toMatch(/^12 November 2023: U\.S\. precision strikes/);
    for (const key of ['us-strikes-2023-10-26', 'us-strikes-2023-11-09', 'us-strikes-2023-11-12']) {
      expect(byKey(model.marks, key)).toMatchObject({ shape: 'day', precision: 'day', lane: 'violence-us-forces' });
    }
    expect(model.lanes.find((l) => l.id === 'violence-us-forces')?.name).toBe('Attacks by U.S. forces');
    expect(model.lanes.find((l) => l.id === 'violence-iranian-backed-militias')?.name).toBe('Attacks by Iranian-backed militias');
    expect(model.lanes.map((l) => l.name)).not.toContain('Militia attacks');
  });

  it('places marks in date order, positions growing with dates', () => {
    const days = model.marks.filter((m) => m.shape === 'day');
    for (let i = 1; i < days.length; i++) expect(days[i]!.box.x).toBeGreaterThan(days[i - 1]!.box.x);
    expect(model.marks.map((m) => m.order)).toEqual(model.marks.map((_, i) => i));
    const x26 = byKey(model.marks, 'us-strikes-2023-10-26').box;
    const x09 = byKey(model.marks, 'us-strikes-2023-11-09').box;
    // 14 days apart on a 45-day axis of 624 units.
    expect(x09.x - x26.x).toBeCloseTo((14 * 624) / 45, 5);
  });

  it('draws approximate dates as ranges with their precision', () => {
    expect(byKey(model.marks, 'al-bukamal-meeting')).toMatchObject({ shape: 'range', precision: 'week', start: '2023-11-06', end: '2023-11-19' });
    expect(byKey(model.marks, 'iri-claims')).toMatchObject({ shape: 'range', precision: 'range' });
    const flights = byKey(model.marks, 'weapons-influx');
    expect(flights).toMatchObject({ precision: 'month', clipStart: true, clipEnd: false });
    expect(flights.box.x).toBe(model.range[0]);
    expect(flights.name).toBe('August – November 2023: Weekly arms flights from Damascus to Qamishli Airport');
  });

  it('draws each tally as a bracket over its period with its full label', () => {
    const injured = model.brackets.find((b) => b.key === 'us-troops-injured')!;
    expect(labelText(injured.label)).toBe('U.S. troops injured: 56');
    const attacks = model.brackets.find((b) => b.key === 'attacks-oct17-nov09')!;
    expect(labelText(attacks.label)).toBe('Attacks on U.S. and international coalition forces: at least 46 (Iraq 24, Syria 22)');
    expect(attacks.name).toBe('Attacks on U.S. and international coalition forces: at least 46 (Iraq 24, Syria 22), 17 October – 9 November 2023');
    expect(attacks.box.w).toBeCloseTo((24 * 624) / 45, 5);
  });

  it('never spreads a total over days: the Pentagon counts are ranges with their totals, and no histogram is drawn', () => {
    expect(model.histogram).toBeNull();
    expect(byKey(model.marks, 'attacks-syria-oct17-nov09')).toMatchObject({ shape: 'range', text: 'Attacks on U.S. and coalition forces in Syria (22 in all)' });
  });

  it('shows the publication date as the range it is known to, inside the report\'s period', () => {
    expect(model.published).toMatchObject({ shown: true, start: '2023-11-12', end: '2023-11-20', approximate: true, name: 'Published between 12 November and 20 November 2023' });
    expect(model.domain).toEqual(report.period);
  });

  it('widens its range to a background event known to the day, so that its mark is drawn inside the picture', () => {
    const first = report.events[0]!;
    const withBackground = { ...report, events: [...report.events, { ...first, id: 'background-day', date: '2023-09-20', scope: 'background' as const }] };
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const built = buildTimeline(withBackground, { orientation });
      expect(built.domain).toEqual({ start: '2023-09-20', end: report.period.end });
      const mark = byKey(built.marks, 'background-day');
      const [lo, hi] = built.range;
      const [from, to] = orientation === 'horizontal' ? [mark.box.x, mark.box.x + mark.box.w] : [mark.box.y, mark.box.y + mark.box.h];
      expect(from).toBeGreaterThanOrEqual(lo - 8);
      expect(to).toBeLessThanOrEqual(hi + 8);
    }
  });

  it('takes its range from the period, never from the publication date: a report published a year later', () => {
    const late = buildTimeline({ ...report, published: '2024-11-20' });
    expect(late.domain).toEqual(report.period);
    expect(late.published.shown).toBe(false);
    expect(late.published.label).toBeNull();
    expect(late.published.box.w).toBe(0);
    expect(legendEntries(late, late).map((e) => e.kind)).not.toContain('published');
    expect(legendEntries(model, model).map((e) => e.kind)).toContain('published');
    expect(renderTimelineSvg(late, { idPrefix: 'l-', label: 'Timeline' })).not.toContain('tl-published');
    expect(renderTimelineSvg(model, { idPrefix: 'm-', label: 'Timeline' })).toContain('tl-published');
    // Published part-way through the last days of the period: the band stops at the period's end.
    const straddling = buildTimeline({ ...report, published: { start: '2023-11-15', end: '2023-11-30', precision: 'range' } });
    expect(straddling.published).toMatchObject({ shown: true, start: '2023-11-15', end: '2023-11-20' });
    expect(straddling.domain).toEqual(report.period);
  });

  it('labels every mark in the full horizontal layout and the day marks on a phone', () => {
    expect(model.marks.filter((m) => m.label === null).map((m) => m.key)).toEqual([]);
    const v = buildTimeline(report, { orientation: 'vertical' });
    expect(v.marks.filter((m) => m.shape === 'day').every((m) => m.label !== null)).toBe(true);
  });

  it('wraps labels instead of cutting them: a label is its whole text', () => {
    for (const [, options] of LAYOUTS) {
      for (const mark of buildTimeline(report, options).marks) if (mark.label) expect(labelText(mark.label)).toBe(mark.text);
    }
  });

  it('fits the compact strip in about 150 units', () => {
    const strip = buildTimeline(report, { orientation: 'horizontal', variant: 'compact' });
    expect(strip.height).toBeLessThanOrEqual(160);
    expect(strip.height).toBeGreaterThanOrEqual(100);
  });

  it('puts a phone label level with its mark: beside a day, alongside a range', () => {
    const v = buildTimeline(report, { orientation: 'vertical' });
    for (const mark of v.marks) {
      if (!mark.label) continue;
      const { y, h } = mark.label.box;
      if (mark.shape === 'day') expect(Math.abs(y + 6.5 - (mark.box.y + mark.box.h / 2))).toBeLessThanOrEqual(8.5);
      else expect(y < mark.box.y + mark.box.h + 2 && y + h > mark.box.y - 2).toBe(true);
    }
  });
});

describe('buildTimeline() runs right to left for a right-to-left language', () => {
  const report = seedReport();
  const ltr = buildTimeline(report);
  const rtl = buildTimeline(report, { direction: 'rtl' });

  it('puts later days further left, and mirrors every box', () => {
    expect(rtl.direction).toBe('rtl');
    expect(rtl.range[0]).toBeGreaterThan(rtl.range[1]);
    const a = byKey(rtl.marks, 'us-strikes-2023-10-26').box;
    const b = byKey(rtl.marks, 'us-strikes-2023-11-12').box;
    expect(b.x).toBeLessThan(a.x);
    for (const mark of ltr.marks) {
      const m = byKey(rtl.marks, mark.key);
      expect(m.box.x).toBeCloseTo(ltr.width - mark.box.x - mark.box.w, 6);
    }
    expect(rtl.ticks[0]!.position).toBeGreaterThan(rtl.ticks.at(-1)!.position);
  });

  it('sets lane names at the right (the inline start)', () => {
    for (const lane of rtl.lanes) expect(lane.label!.box.x + lane.label!.box.w).toBeGreaterThan(rtl.width - 20);
  });
});

describe('label placement: inside the box, no overlaps, never shortened', () => {
  const reports = [
    ['the seed report', seedReport()],
    ['the other-region report', otherRegionReport()],
    ['the mini fixture', miniReport()],
    ['a dense synthetic report (250 events)', syntheticReport(250, 7)],
    ['a synthetic report of 1,000 events (binned)', syntheticReport(1_000)],
  ] as const;
  for (const [name, report] of reports) {
    for (const [layout, options] of LAYOUTS) {
      it(`${name}, ${layout}`, () => {
        expect(labelProblems(buildTimeline(report, options))).toEqual([]);
      });
    }
  }
});

describe('label placement on every valid report the project holds (content and fixtures, other regions included)', () => {
  const found = allReports();
  it('finds the seed and the fixtures', () => {
    expect(found.map((f) => f.file)).toContain('content/reports/iran-militias-syria-2023.mdx');
    expect(found.length).toBeGreaterThan(2);
  });
  for (const { file, report } of found) {
    it(file, () => {
      for (const [layout, options] of LAYOUTS) expect(labelProblems(buildTimeline(report, options)), layout).toEqual([]);
    });
  }
});

describe('buildTimeline() on the other-region report (synthetic, central Sahel)', () => {
  const report = otherRegionReport();
  const model = buildTimeline(report);

  it('derives lanes from the sides and kinds of violence in the data', () => {
    const names = model.lanes.map((l) => l.name);
    expect(names).toContain('Battles involving National army of country A');
    expect(names).toContain('Violence against civilians by Armed group C');
    expect(names).toContain('Protests and riots');
    expect(names.at(-1)).toBe('Strategic developments');
    // Five sides act: the three busiest get a lane each, the others share one.
    expect(names).toContain('Attacks by other actors');
    expect(byKey(model.marks, 'drone-strike').lane).toBe('violence-other');
  });

  it('names the histogram countries through Intl and counts only what is known per day', () => {
    expect(model.histogram?.countries.map((c) => c.name)).toEqual(['Burkina Faso', 'Mali', 'Niger']);
    // The month's total (17) and the week's attacks stay out of the bars.
    expect(model.histogram?.unbinned).toBe(18);
    expect(model.histogram?.note).toMatch(/^18 incidents known only as totals/);
    const total = model.histogram!.bars.reduce((sum, bar) => sum + bar.segments.length, 0);
    expect(total).toBeGreaterThan(0);
  });

  it('names the publication range and the tally in words', () => {
    expect(model.published.name).toBe('Published between 20 May and 31 May 2024');
    expect(labelText(model.brackets[0]!.label)).toBe('People displaced: about 12,000');
  });
});

describe('buildTimeline() on the mini fixture', () => {
  const model = buildTimeline(miniReport());

  it('draws a range known to the day as a solid bar with its total', () => {
    expect(byKey(model.marks, 'campaign')).toMatchObject({ shape: 'range', precision: 'day', count: 6, text: 'Three-day campaign, exact days (6 in all)' });
  });

  it('draws a single publication day as a day', () => {
    expect(model.published).toMatchObject({ start: '2023-03-20', end: '2023-03-20', approximate: false, name: 'Published on 20 March 2023' });
  });
});

describe('buildTimeline() at scale', () => {
  it('bins 10,000 events into per-lane marks and an honest weekly histogram', () => {
    const report = syntheticReport(10_000);
    const model = buildTimeline(report);
    expect(model.dense).toBe(true);
    expect(model.histogram?.unit).toBe('week');
    expect(model.marks.length).toBeLessThan(300);
    expect(model.marks.every((m) => m.shape === 'bin')).toBe(true);
    expect(model.marks.reduce((sum, m) => sum + m.events.length, 0)).toBe(10_000);
    // Every violent incident is either in a bar or counted as known only over a longer span.
    const violent = report.events.filter((e) => e.type !== 'context' && e.type !== 'strategic-developments').reduce((sum, e) => sum + (e.count ?? 1), 0);
    const h = model.histogram!;
    const inBars = h.bars.reduce((sum, bar) => sum + bar.segments.reduce((s, seg) => s + (seg.h * h.max) / h.box.h, 0), 0);
    expect(inBars + h.unbinned).toBeCloseTo(violent, 0);
    expect(h.unbinned).toBeGreaterThan(0);
    expect(model.marks.some((m) => m.label !== null)).toBe(true);
  });

  it('stays detailed below the threshold', () => {
    const model = buildTimeline(syntheticReport(100));
    expect(model.dense).toBe(false);
    expect(model.marks).toHaveLength(100);
  });
});
