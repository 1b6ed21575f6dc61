import { describe, expect, it } from 'vitest';
import { dayScale, dayToDate, ticks } from '../../../../src/lib/timeline/scale.ts';

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

  it('puts the last day inside the range', () => {
    const scale = dayScale('2023-10-07', '2023-11-20', 8, 632);
    expect(scale.start('2023-10-07')).toBe(8);
    expect(scale.end('2023-11-20')).toBeCloseTo(632);
  });
});

describe('ticks()', () => {
  it('labels weekly ticks on Mondays with their calendar day', () => {
    const scale = dayScale('2023-10-07', '2023-11-20', 0, 640);
    const list = ticks(scale, 56);
    expect(list.map((t) => t.label)).toEqual(['9 Oct', '16 Oct', '23 Oct', '30 Oct', '6 Nov', '13 Nov', '20 Nov']);
    expect(list.map((t) => t.day)).toContain('2023-10-16');
    expect(list.find((t) => t.day === '2023-11-01')).toBeUndefined();
  });

  it('switches to months over a year', () => {
    const scale = dayScale('2023-01-01', '2023-12-31', 0, 640);
    const labels = ticks(scale, 56).map((t) => t.label);
    expect(labels[0]).toBe('Jan 2023');
    expect(labels).toContain('Jul 2023');
  });
});
