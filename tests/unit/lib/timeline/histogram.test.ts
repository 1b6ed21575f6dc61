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
    const bin = h.bins.find((b) => b.start === '2023-10-26')!;
    expect(bin.values).toEqual([2, 1]);
    expect(bin.approximate).toBe(false);
    expect(h.max).toBe(3);
  });

  it('spreads a ranged count evenly over its days and flags those bins approximate', () => {
    const h = histogram([{ start: '2023-10-17', end: '2023-11-09', count: 24, country: 'IQ' }], '2023-10-07', '2023-11-20');
    const touched = h.bins.filter((b) => b.total > 0);
    expect(touched).toHaveLength(24);
    expect(touched[0]!.start).toBe('2023-10-17');
    expect(touched.at(-1)!.start).toBe('2023-11-09');
    expect(touched.every((b) => b.approximate && Math.abs(b.total - 1) < 1e-9)).toBe(true);
  });

  it('bins by week (from Mondays) over long spans, keeping the total', () => {
    const items = Array.from({ length: 300 }, (_, i) => ({ start: `2023-${String((i % 12) + 1).padStart(2, '0')}-10`, end: `2023-${String((i % 12) + 1).padStart(2, '0')}-10`, count: 1, country: 'SY' }));
    const h = histogram(items, '2023-01-01', '2023-12-31');
    expect(h.unit).toBe('week');
    expect(h.bins[1]!.start).toBe('2023-01-02');
    expect(h.bins.reduce((sum, b) => sum + b.total, 0)).toBe(300);
  });
});
