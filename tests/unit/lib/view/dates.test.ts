import { describe, expect, it } from 'vitest';
import { correctedParagraphs, correctionsOf, lastCorrected, lastModified, publishedIso, publishedSpan, type DatedReport } from '../../../../src/lib/view/dates.ts';

const c = (date: string, what = 'A fix.', paragraph?: number) => ({ date, what, why: 'A reason.', ...(paragraph ? { paragraph } : {}) });

describe('lastModified()', () => {
  it('is the publication day when nothing changed', () => {
    expect(lastModified({ published: '2023-11-15' })).toBe('2023-11-15');
  });
  it('is the last possible day of a publication known as a range', () => {
    expect(lastModified({ published: { start: '2023-11-12', end: '2023-11-20', precision: 'range' } })).toBe('2023-11-20');
  });
  it('moves to the latest correction, of the report or of an event', () => {
    const report: DatedReport = {
      published: '2023-11-15',
      corrections: [c('2023-11-20')],
      events: [{ id: 'e', title: 'E', corrections: [c('2023-12-02')] }],
    };
    expect(lastModified(report)).toBe('2023-12-02');
  });
  it('is at least the day the report went up on this site', () => {
    expect(lastModified({ published: '2023-11-15', sitePublished: '2024-02-01', corrections: [c('2023-11-20')] })).toBe('2024-02-01');
  });
  it('moves to an update or a withdrawal when it is later', () => {
    expect(lastModified({ published: '2023-11-15', updated: '2023-11-30', corrections: [c('2023-11-20')] })).toBe('2023-11-30');
    const withdrawn: DatedReport['withdrawn'] = [{ id: 'x', kind: 'place', date: '2024-01-03', why: 'R.' }];
    expect(lastModified({ published: '2023-11-15', withdrawn })).toBe('2024-01-03');
  });
});

describe('correctionsOf()', () => {
  it('lists report and event corrections oldest first, with anchors in that order, same-day ones as written', () => {
    const list = correctionsOf({
      published: '2023-11-15',
      corrections: [c('2023-11-25', 'third'), c('2023-11-18', 'first')],
      events: [{ id: 'strike', title: 'A strike', corrections: [c('2023-11-18', 'second')] }],
    });
    expect(list.map((e) => [e.anchor, e.what, e.about.kind])).toEqual([
      ['correction-1', 'first', 'report'],
      ['correction-2', 'second', 'event'],
      ['correction-3', 'third', 'report'],
    ]);
    expect(list[1]?.about).toEqual({ kind: 'event', id: 'strike', title: 'A strike' });
  });
  it('is empty, and lastCorrected undefined, without corrections', () => {
    expect(correctionsOf({ published: '2023-11-15' })).toEqual([]);
    expect(lastCorrected({ published: '2023-11-15' })).toBeUndefined();
  });
});

describe('publishedIso()', () => {
  it('gives the day when known, the month or the year a range lies in, never a guessed day', () => {
    expect(publishedIso({ published: '2023-11-15' })).toBe('2023-11-15');
    expect(publishedIso({ published: { start: '2023-11-12', end: '2023-11-20', precision: 'range' } })).toBe('2023-11');
    expect(publishedIso({ published: { start: '2023-10-28', end: '2023-11-03', precision: 'week' } })).toBe('2023');
    expect(publishedIso({ published: { start: '2023-12-28', end: '2024-01-03', precision: 'week' } })).toBeUndefined();
    expect(publishedSpan({ published: '2023-11-15' })).toEqual({ start: '2023-11-15', end: '2023-11-15' });
  });
});

describe('correctedParagraphs()', () => {
  it('maps each corrected paragraph to its log entries', () => {
    const map = correctedParagraphs({ published: '2023-11-15', corrections: [c('2023-11-16', 'a', 3), c('2023-11-17', 'b'), c('2023-11-18', 'c', 3)] });
    expect([...map.keys()]).toEqual([3]);
    expect(map.get(3)?.map((e) => e.anchor)).toEqual(['correction-1', 'correction-3']);
  });
});

describe('summarise() for feeds and the sitemap', () => {
  it("takes the report's last correction as its last change", async () => {
    const { summarise } = await import('../../../../src/lib/site/summary.ts');
    const base = { title: 'T', dek: 'D', authors: [{ name: 'A' }], publisher: 'P', published: '2023-11-15', period: { start: '2023-10-01', end: '2023-11-15' } };
    expect(summarise('r', base).modified).toBe('2023-11-15');
    expect(summarise('r', { ...base, corrections: [c('2023-11-20')] }).modified).toBe('2023-11-20');
    expect(summarise('r', { ...base, events: [{ corrections: [c('2023-12-01')] }] }).modified).toBe('2023-12-01');
    expect(summarise('r', { ...base, withdrawn: [{ date: '2023-12-05' }] }).modified).toBe('2023-12-05');
  });
});
