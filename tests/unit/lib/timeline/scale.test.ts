import { describe, expect, it } from 'vitest';
import { dayScale, dayToDate, tickFormat, ticks } from '../../../../src/lib/timeline/scale.ts';
import { axisTicks } from '../../../../src/lib/timeline/axis.ts';
import type { AxisSpec } from '../../../../src/lib/timeline/types.ts';

describe('dayScale()', () => {
  it('runs under a time zone far from UTC (so the next tests can fail)', () => {
    expect(process.env['TZ']).toBe('America/Los_Angeles');
    expect(new Date(2023, 9, 26).getTimezoneOffset()).not.toBe(0);
  });

  it('keeps a date on its calendar day: 26 October stays 26 October', () => {
    expect(dayToDate('2023-10-26').toISOString()).toBe('2023-10-26T00:00:00.000Z');
    const scale = dayScale('2023-10-07', '2023-11-20', 0, 450);
    for (const day of ['2023-10-07', '2023-10-26', '2023-11-05', '2023-11-20']) {
      expect(scale.dayAt(scale.mid(day))).toBe(day);
      expect(scale.dayAt(scale.start(day) + 0.01)).toBe(day);
    }
  });

  it('gives each day the same width, across the end of daylight saving time (5 Nov 2023 in Los Angeles)', () => {
    const scale = dayScale('2023-11-01', '2023-11-10', 0, 100);
    const widths = ['2023-11-04', '2023-11-05', '2023-11-06'].map((day) => scale.end(day) - scale.start(day));
    expect(widths).toEqual([10, 10, 10]);
  });

  it('puts the last day inside the range, and runs backwards for a right-to-left axis', () => {
    const scale = dayScale('2023-10-07', '2023-11-20', 8, 632);
    expect(scale.start('2023-10-07')).toBe(8);
    expect(scale.end('2023-11-20')).toBeCloseTo(632);
    const rtl = dayScale('2023-10-07', '2023-11-20', 632, 8);
    expect(rtl.start('2023-10-07')).toBe(632);
    expect(rtl.span('2023-10-07', '2023-10-07')[0]).toBeLessThan(632);
    expect(rtl.dayAt(630)).toBe('2023-10-07');
  });
});

describe('ticks()', () => {
  const format = tickFormat('en');
  it('labels weekly ticks on Mondays with their calendar day', () => {
    const list = ticks(dayScale('2023-10-07', '2023-11-20', 0, 640), 56, format);
    expect(list.map((t) => t.label)).toEqual(['9 Oct', '16 Oct', '23 Oct', '30 Oct', '6 Nov', '13 Nov', '20 Nov']);
  });

  it('switches to months over a year, in the locale', () => {
    expect(ticks(dayScale('2023-01-01', '2023-12-31', 0, 640), 56, format).map((t) => t.label)).toContain('Jul 2023');
    expect(ticks(dayScale('2023-01-01', '2023-12-31', 0, 640), 56, tickFormat('ar'))[0]!.label).toMatch(/يناير/);
  });
});

describe('axisTicks()', () => {
  const spec: AxisSpec = { orientation: 'horizontal', direction: 'ltr', locale: 'en', width: 640, extent: [8, 632], minGap: 60, at: 17, size: 0, bounds: [2, 638] };
  it('keeps every tick label inside the picture: the last one ends before its rule at the right edge', () => {
    const list = axisTicks('2023-10-07', '2023-11-20', spec);
    for (const tick of list) if (tick.labelBox) expect(tick.labelBox.x + tick.labelBox.w).toBeLessThanOrEqual(638);
    const last = list.at(-1)!;
    expect(last.label).toBe('20 Nov');
    expect(last.labelBox!.x + last.labelBox!.w).toBeLessThanOrEqual(last.position);
  });

  it('mirrors ticks for a right-to-left axis', () => {
    const ltr = axisTicks('2023-10-07', '2023-11-20', spec);
    const rtl = axisTicks('2023-10-07', '2023-11-20', { ...spec, direction: 'rtl' });
    expect(rtl.map((t) => t.position)).toEqual(ltr.map((t) => 640 - t.position));
  });

  it('sizes a vertical gutter so that no label is cut at the inline start ("lay 2025")', () => {
    const vertical: AxisSpec = { orientation: 'vertical', direction: 'ltr', locale: 'en', width: 360, extent: [14, 1614], minGap: 30, at: 4, size: 50, bounds: [0, 1630] };
    for (const tick of axisTicks('2024-01-01', '2025-12-31', vertical)) if (tick.labelBox) expect(tick.labelBox.x).toBeGreaterThanOrEqual(4);
  });
});
