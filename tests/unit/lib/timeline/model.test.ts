import { describe, expect, it } from 'vitest';
import { buildTimeline, type Mark } from '../../../../src/lib/timeline/model.ts';
import { textWidth } from '../../../../src/lib/timeline/labels.ts';
import { syntheticReport } from '../../../../src/lib/timeline/synthetic.ts';
import { miniReport, seedReport } from './fixtures.ts';

const byKey = (marks: Mark[], key: string) => marks.find((m) => m.key === key)!;

describe('buildTimeline() on the seed report', () => {
  const report = seedReport();
  const model = buildTimeline(report);

  it('draws the three U.S. strikes as day marks with accessible names', () => {
    expect(byKey(model.marks, 'us-strikes-2023-10-26').name).toBe('26 October 2023: U.S. airstrikes against Iranian militias in Deir ez-Zor');
    expect(byKey(model.marks, 'us-strikes-2023-11-09').name).toBe('9 November 2023: U.S. strike on IRGC sites in Deir ez-Zor');
    expect(byKey(model.marks, 'us-strikes-2023-11-12').name).toMatch(/^12 November 2023: U\.S\. precision strikes/);
    for (const key of ['us-strikes-2023-10-26', 'us-strikes-2023-11-09', 'us-strikes-2023-11-12']) {
      expect(byKey(model.marks, key)).toMatchObject({ shape: 'day', precision: 'day', lane: 'outside-strikes' });
    }
  });

  it('places marks in date order, positions growing with dates', () => {
    const days = model.marks.filter((m) => m.shape === 'day');
    for (let i = 1; i < days.length; i++) {
      expect(days[i]!.start >= days[i - 1]!.start).toBe(true);
      expect(days[i]!.box.x).toBeGreaterThan(days[i - 1]!.box.x);
    }
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

  it('shows the tally as a band with its figure and breakdown', () => {
    const tally = model.tallies.find((t) => t.key === 'attacks-oct17-nov09')!;
    expect(tally.name).toContain('at least 46 attacks, 17 October – 9 November: 24 Iraq, 22 Syria');
    expect(tally.label?.text).toBe('at least 46 attacks, 17 October – 9 November: 24 Iraq, 22 Syria');
    expect(tally.box.w).toBeCloseTo((24 * 624) / 45, 5);
  });

  it('shows the Gaza war as an era and the publication date as a range', () => {
    expect(model.eras.map((e) => e.key)).toEqual(['gaza-war']);
    expect(model.eras[0]!.start).toBe('2023-10-07');
    expect(model.published).toMatchObject({ start: '2023-11-12', end: '2023-11-20', approximate: true, name: 'Published between 12 and 20 November 2023' });
  });

  it('stacks a histogram by country from the counted events', () => {
    expect(model.histogram?.countries.map((c) => c.name)).toEqual(['Syria', 'Iraq']);
    const oct26 = model.histogram!.bars.find((b) => b.start === '2023-10-26')!;
    // The strike (1, Syria) plus the Pentagon's counts spread over 24 days: 22/24 in Syria, 24/24 in Iraq.
    expect(oct26.name).toBe('26 October 2023: about 2.9 incidents (1.9 Syria, 1 Iraq)');
  });

  it('labels without overlaps: in each row of a lane, label spans do not intersect', () => {
    const rows = new Map<string, { from: number; to: number }[]>();
    for (const mark of model.marks) {
      if (!mark.label) continue;
      const w = textWidth(mark.label.text, 11);
      const span = mark.label.end ? { from: mark.label.x - w, to: mark.label.x } : { from: mark.label.x, to: mark.label.x + w };
      const key = `${mark.lane}:${mark.label.y}`;
      rows.set(key, [...(rows.get(key) ?? []), span]);
      expect(span.to).toBeLessThanOrEqual(model.width);
      expect(span.from).toBeGreaterThanOrEqual(0);
    }
    for (const spans of rows.values()) {
      spans.sort((a, b) => a.from - b.from);
      for (let i = 1; i < spans.length; i++) expect(spans[i]!.from).toBeGreaterThanOrEqual(spans[i - 1]!.to);
    }
    expect(model.marks.filter((m) => m.shape === 'day').every((m) => m.label !== null)).toBe(true);
  });

  it('lays out vertically for phones: time runs down, labels never overlap', () => {
    const v = buildTimeline(report, { orientation: 'vertical' });
    expect(v.width).toBe(360);
    const y26 = byKey(v.marks, 'us-strikes-2023-10-26').box.y;
    const y12 = byKey(v.marks, 'us-strikes-2023-11-12').box.y;
    expect(y12).toBeGreaterThan(y26);
    const labels = [...v.marks.map((m) => m.label), ...v.tallies.map((t) => t.label)].filter((l) => l !== null);
    const blocks = labels.map((l) => ({ from: l.y, to: l.y + (l.lines?.length ?? 1) * 13 })).sort((a, b) => a.from - b.from);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.from).toBeGreaterThanOrEqual(blocks[i - 1]!.to);
    for (const label of labels) for (const line of label.lines ?? [label.text]) expect(label.x + textWidth(line, 11)).toBeLessThanOrEqual(v.width);
    // The day marks keep their labels on a phone too.
    expect(v.marks.filter((m) => m.shape === 'day').every((m) => m.label !== null)).toBe(true);
  });
});

describe('buildTimeline() on the mini fixture', () => {
  const model = buildTimeline(miniReport());

  it('draws a range known to the day as a solid (non-approximate) bar', () => {
    expect(byKey(model.marks, 'campaign')).toMatchObject({ shape: 'range', precision: 'day', count: 6 });
  });

  it('counts an event by its country when it has no place', () => {
    expect(model.histogram?.countries.map((c) => c.code)).toEqual(['IQ', 'SY']);
  });

  it('draws a single publication day as a day', () => {
    expect(model.published).toMatchObject({ start: '2023-03-20', end: '2023-03-20', approximate: false, name: 'Published on 20 March 2023' });
  });
});

describe('buildTimeline() at scale', () => {
  it('bins 10,000 events into the histogram and per-lane marks, and thins labels', () => {
    const report = syntheticReport(10_000);
    const model = buildTimeline(report);
    expect(model.dense).toBe(true);
    expect(model.eras.length).toBeLessThanOrEqual(3);
    expect(model.histogram?.unit).toBe('week');
    expect(model.marks.length).toBeLessThan(300);
    expect(model.marks.every((m) => m.shape === 'bin')).toBe(true);
    expect(model.marks.reduce((sum, m) => sum + m.events.length, 0)).toBe(10_000);
    const expected = report.events.filter((e) => e.type !== 'context' && e.type !== 'strategic-developments').reduce((sum, e) => sum + (e.count ?? 1), 0);
    const total = model.histogram!.bars.reduce((sum, b) => sum + b.segments.length, 0);
    expect(total).toBeGreaterThan(50);
    const histTotal = buildHistTotal(model);
    expect(histTotal).toBeCloseTo(expected, 0);
    expect(model.thinned).toBeGreaterThan(0);
    expect(model.marks.some((m) => m.label !== null)).toBe(true);
  });

  it('stays detailed below the threshold', () => {
    const model = buildTimeline(syntheticReport(100));
    expect(model.dense).toBe(false);
    expect(model.marks).toHaveLength(100);
  });
});

/** Sums the histogram back from its bar names' totals is brittle; sum segment heights instead. */
function buildHistTotal(model: ReturnType<typeof buildTimeline>): number {
  const h = model.histogram!;
  const perUnit = h.max / h.box.h;
  return h.bars.reduce((sum, bar) => sum + bar.segments.reduce((s, seg) => s + seg.h * perUnit, 0), 0);
}
