import { describe, expect, it } from 'vitest';
import { addDays, fromAcledDate, toAcledDate } from '../../../../src/lib/acled/dates.ts';

describe('addDays()', () => {
  it('crosses months, years and leap days on the calendar', () => {
    expect(addDays('2024-02-27', 3)).toBe('2024-03-01');
    expect(addDays('2024-01-02', -3)).toBe('2023-12-30');
    expect(addDays('2024-03-10', 1)).toBe('2024-03-11'); // DST change in America/Los_Angeles
  });
});

describe('fromAcledDate() and toAcledDate()', () => {
  it('turn time precision 1, 2 and 3 into a day, a week around the midpoint and the month', () => {
    expect(fromAcledDate('2023-10-26', '1')).toBe('2023-10-26');
    expect(fromAcledDate('2023-10-18', '2')).toMatchObject({ start: '2023-10-15', end: '2023-10-21', precision: 'week' });
    expect(fromAcledDate('2024-02-15', '3')).toMatchObject({ start: '2024-02-01', end: '2024-02-29', precision: 'month' });
  });
  it('write back the recorded day: the day, the week midpoint, the 15th of the month', () => {
    for (const [date, p] of [['2023-10-26', '1'], ['2023-10-18', '2'], ['2023-10-15', '3']] as const) expect(toAcledDate(fromAcledDate(date, p))).toEqual({ date, precision: p });
    expect(toAcledDate({ start: '2023-10-01', end: '2023-10-20', precision: 'range' })).toEqual({ date: '2023-10-10', precision: '3' });
  });
});
