import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDateSpec, formatDay, formatMonth, formatPeriod } from '../../../../src/lib/time/calendar.ts';

describe('calendar dates', () => {
  it('runs under a non-UTC zone, so these tests can catch day shifts', () => {
    expect(new Date('2023-10-26T00:00:00Z').getDate()).toBe(25); // Los Angeles is behind UTC
  });

  it('formatDay() keeps the calendar day whatever the zone', () => {
    expect(formatDay('2023-10-26')).toBe('26 October 2023');
    expect(formatDay('2023-11-01', { year: false })).toBe('1 November');
    expect(formatDay('2024-01-01')).toBe('1 January 2024');
    expect(formatMonth('2023-12-31')).toBe('December 2023');
  });

  it('formatPeriod() shares the year and month where it can', () => {
    expect(formatPeriod({ start: '2023-10-17', end: '2023-11-09' })).toBe('17 October – 9 November 2023');
    expect(formatPeriod({ start: '2023-11-03', end: '2023-11-09' })).toBe('3–9 November 2023');
    expect(formatPeriod({ start: '2022-11-01', end: '2023-01-09' })).toBe('1 November 2022 – 9 January 2023');
    expect(formatPeriod({ start: '2023-11-09', end: '2023-11-09' })).toBe('9 November 2023');
  });

  it('formatDateSpec() marks vague dates as such', () => {
    expect(formatDateSpec('2023-11-12')).toBe('12 November 2023');
    expect(formatDateSpec({ start: '2023-11-12', end: '2023-11-20', precision: 'range' })).toBe('between 12 and 20 November 2023');
    expect(formatDateSpec({ start: '2023-10-17', end: '2023-11-09', precision: 'range' })).toBe('between 17 October and 9 November 2023');
    expect(formatDateSpec({ start: '2023-11-06', end: '2023-11-12', precision: 'week' })).toBe('the week of 6–12 November 2023');
    expect(formatDateSpec({ start: '2023-08-01', end: '2023-11-20', precision: 'month' })).toBe('August – November 2023');
    expect(formatDateSpec({ start: '2023-11-01', end: '2023-11-30', precision: 'month' })).toBe('November 2023');
  });

  it('formatDateSpec() writes each language its own way', () => {
    expect(formatDateSpec('2023-10-26', 'ar')).toBe('26 أكتوبر 2023');
    expect(formatDateSpec({ start: '2023-11-12', end: '2023-11-20', precision: 'range' }, 'ar')).toBe('بين 12 و20 نوفمبر 2023');
    expect(formatDateSpec({ start: '2023-10-17', end: '2023-11-09', precision: 'range' }, 'ar')).toBe('بين 17 أكتوبر و9 نوفمبر 2023');
    expect(formatDateSpec({ start: '2023-11-06', end: '2023-11-12', precision: 'week' }, 'ar')).toBe('أسبوع 6–12 نوفمبر 2023');
    expect(formatDateSpec({ start: '2023-08-01', end: '2023-11-20', precision: 'month' }, 'ar')).toBe('أغسطس – نوفمبر 2023');
  });

  it('daysBetween() counts calendar days across a DST change', () => {
    expect(daysBetween('2023-10-17', '2023-11-09')).toBe(23);
    expect(daysBetween('2023-11-04', '2023-11-06')).toBe(2); // US clocks change on 5 November 2023
    expect(daysBetween('2023-11-09', '2023-10-17')).toBe(-23);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2); // a leap day
  });

  it('addDays() moves along the calendar, across months, years and DST', () => {
    expect(addDays('2023-10-31', 1)).toBe('2023-11-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2023-11-06', -2)).toBe('2023-11-04');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});
