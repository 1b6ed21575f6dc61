import { describe, expect, it } from 'vitest';
import { histogram } from '../../../../src/lib/timeline/histogram.ts';

describe('histogram()', () => {
  it('bins by day, stacked by country, largest country first', () => {
    const h = histogram(
      [
        { start: '2023-10-26', end: '2023-10-26', count: 1, country: 'SY' },
        { start: '2023-10-26', end: '2023-10-26', count: 2, country: 'IQ' },
        { start: '2023-10-27', end: '2023-10-27', count: 1, country: 'IQ' },
      ],
      '2023-10-20',
      '2023-10-31',
    );
    expect(h.unit).toBe('day');
    expect(h.countries).toEqual(['IQ', 'SY']);
    expect(h.bins.find((b) => b.start === '2023-10-26')!.values).toEqual([2, 1]);
    expect(h.max).toBe(3);
    expect(h.unbinned).toBe(0);
  });

  it('never spreads a total over days: the Pentagon’s 24 attacks from 17 October to 9 November are no daily bars', () => {
    const h = histogram([{ start: '2023-10-17', end: '2023-11-09', count: 24, country: 'IQ' }], '2023-10-07', '2023-11-20');
    expect(h.bins.filter((b) => b.total > 0)).toHaveLength(0);
    expect(h.unbinned).toBe(24);
  });

  it('bins by week (from Mondays) over long spans, where a count known for one week fits its bar', () => {
    const items = Array.from({ length: 300 }, (_, i) => ({ start: `2023-${String((i % 12) + 1).padStart(2, '0')}-10`, end: `2023-${String((i % 12) + 1).padStart(2, '0')}-10`, count: 1, country: 'SY' }));
    items.push({ start: '2023-06-05', end: '2023-06-11', count: 5, country: 'SY' });
    const h = histogram(items, '2023-01-01', '2023-12-31');
    expect(h.unit).toBe('week');
    expect(h.bins[1]!.start).toBe('2023-01-02');
    expect(h.bins.reduce((sum, b) => sum + b.total, 0)).toBe(305);
    // 25 counts on 10 June and the week's 5.
    expect(h.bins.find((b) => b.start === '2023-06-05')!.total).toBe(30);
  });

  it('counts outside the drawn period are neither bars nor unbinned', () => {
    const h = histogram([{ start: '2022-01-01', end: '2022-02-01', count: 9, country: 'SY' }], '2023-10-07', '2023-11-20');
    expect(h.unbinned).toBe(0);
  });
});
