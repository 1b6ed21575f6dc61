import { describe, expect, it } from 'vitest';
import { midDay, spanDays, zoomSpan } from '../../../../src/lib/timeline/zoom.ts';

const whole = { start: '2023-10-07', end: '2023-11-20' };

describe('zoomSpan()', () => {
  it('halves the span around a day, which stays where it was', () => {
    const span = zoomSpan(whole, whole, 2, '2023-10-26', 0.5)!;
    expect(spanDays(span)).toBe(23);
    expect(midDay(span)).toBe('2023-10-26');
  });

  it('keeps the pointed day under the pointer', () => {
    const span = zoomSpan(whole, whole, 2, '2023-10-12', 0.1)!;
    expect(span.start <= '2023-10-12' && '2023-10-12' <= span.end).toBe(true);
    expect(span.start).toBe('2023-10-10');
  });

  it('stays inside the whole period and never narrower than a week', () => {
    const span = zoomSpan(whole, whole, 100, '2023-11-20')!;
    expect(span).toEqual({ start: '2023-11-14', end: '2023-11-20' });
  });

  it('gives null (the whole period) when zoomed out that far', () => {
    expect(zoomSpan(whole, { start: '2023-10-20', end: '2023-11-05' }, 0.25, '2023-10-28')).toBeNull();
  });
});
