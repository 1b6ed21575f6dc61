import { describe, expect, it } from 'vitest';
import { daysBetween, formatDateSpec, formatDay, formatPeriod } from '../../../../src/lib/time/calendar.ts';

describe('calendar dates', () => {
  it('runs under a non-UTC zone, so these tests can catch day shifts', () => {
    expect(new Date('2023-10-26T00:00:00Z').getDate()).toBe(25); // Los Angeles is behind UTC
  });

  it('formatDay() keeps the calendar day whatever the zone', () => {
    expect(formatDay('2023-10-26')).toBe('26 October 2023');
    expect(formatDay('2023-11-01', { year: false })).toBe('1 November');
  });

  it('formatPeriod() shares the year and month where it can', () => {
    expect(formatPeriod({ start: '2023-10-17', end: '2023-11-09' })).toBe('17 October – 9 November 2023');
    expect(formatPeriod({ start: '2023-11-03', end: '2023-11-09' })).toBe('3–9 November 2023');
    expect(formatPeriod({ start: '2022-11-01', end: '2023-01-09' })).toBe('1 November 2022 – 9 January 2023');
  });

  it('formatDateSpec() marks vague dates as such', () => {
    expect(formatDateSpec('2023-11-12')).toBe('12 November 2023');
    expect(formatDateSpec({ start: '2023-11-12', end: '2023-11-20', precision: 'range' })).toBe('between 12 and 20 November 2023');
    expect(formatDateSpec({ start: '2023-11-06', end: '2023-11-12', precision: 'week' })).toBe('the week of 6–12 November 2023');
    expect(formatDateSpec({ start: '2023-08-01', end: '2023-11-20', precision: 'month' })).toBe('August 2023 – November 2023');
  });

  it('daysBetween() counts calendar days across a DST change', () => {
    expect(daysBetween('2023-10-17', '2023-11-09')).toBe(23);
    expect(daysBetween('2023-11-04', '2023-11-06')).toBe(2); // US clocks change on 5 November 2023
  });
});
