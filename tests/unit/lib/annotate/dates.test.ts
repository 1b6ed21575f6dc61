import { describe, expect, it } from 'vitest';
import { findDates, resolveDay } from '../../../../src/lib/annotate/dates.ts';

const period = { start: '2023-10-07', end: '2023-11-20' };
const events = [
  { id: 'strike-oct26', date: '2023-10-26' },
  { id: 'strike-nov9', date: '2023-11-09' },
  { id: 'attacks-syria', date: { start: '2023-10-17', end: '2023-11-09', precision: 'range' as const } },
  { id: 'attacks-iraq', date: { start: '2023-10-17', end: '2023-11-09', precision: 'range' as const } },
];
const refs = (text: string) => findDates(text, period, events).map((m) => `${m.text}=${m.ref.kind}:${m.ref.id}`);

describe('resolveDay()', () => {
  it('puts the day in the report period, in any writing', () => {
    expect(resolveDay('Oct. 26', period)).toBe('2023-10-26');
    expect(resolveDay('12 November', period)).toBe('2023-11-12');
    expect(resolveDay('Sept. 3', { start: '2023-12-01', end: '2024-10-01' })).toBe('2024-09-03');
  });
});

describe('findDates()', () => {
  it('resolves a day that is one event’s date to that event', () => {
    expect(refs('strikes on Oct. 26 and on Nov. 9')).toEqual(['Oct. 26=event:strike-oct26', 'Nov. 9=event:strike-nov9']);
  });

  it('reads "between … and …" as one range; two events share it, so it stays a date range', () => {
    expect(refs('between Oct. 17 and Nov. 9 the bases were hit')).toEqual(['between Oct. 17 and Nov. 9=date:2023-10-17..2023-11-09']);
  });

  it('leaves a day without its own event as a date mention', () => {
    expect(refs('since Oct. 7')).toEqual(['Oct. 7=date:2023-10-07']);
  });

  it('ignores words that only look like months', () => {
    expect(refs('it may 5 times; Octavia 3; Nov. 95')).toEqual([]);
  });
});
