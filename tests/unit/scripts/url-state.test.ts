import { describe, expect, it } from 'vitest';
import { decodeSelection, encodeSelection, linkTo } from '../../../src/scripts/url-state.ts';

describe('encodeSelection() / decodeSelection()', () => {
  it('round-trips a place, an event and a range', () => {
    const state = { selected: { kind: 'event' as const, id: 'us-strikes-2023-10-26' }, range: { start: '2023-10-17', end: '2023-11-09' } };
    const hash = encodeSelection(state);
    expect(hash).toBe('event=us-strikes-2023-10-26&range=2023-10-17..2023-11-09');
    expect(decodeSelection(`#${hash}`)).toEqual(state);
    expect(decodeSelection('#place=al-tanf')).toEqual({ selected: { kind: 'place', id: 'al-tanf' }, range: null });
  });

  it('leaves plain anchors alone', () => {
    expect(decodeSelection('#p-3')).toBeUndefined();
    expect(decodeSelection('#ref-place-al-tanf')).toBeUndefined();
    expect(decodeSelection('')).toBeUndefined();
  });

  it('refuses what is not an id, a kind or a date range', () => {
    expect(decodeSelection('#place=<script>')).toBeUndefined();
    expect(decodeSelection('#window=al-tanf')).toBeUndefined();
    expect(decodeSelection('#range=2023-11-09..2023-10-17')).toBeUndefined();
    expect(decodeSelection('#range=yesterday..today')).toBeUndefined();
  });

  it('linkTo() gives a citable address for an item', () => {
    expect(linkTo({ kind: 'place', id: 'al-tanf' }, 'https://example.org/reports/x/#p-2')).toBe('https://example.org/reports/x/#place=al-tanf');
  });
});
