import { describe, expect, it } from 'vitest';
import { includeShared, unresolvedIssues, type SharedEntries } from '../../../../src/lib/registry/resolve.ts';

// Synthetic registry: the coordinates are the seed report's; nothing here is published.
const tanf = { id: 'al-tanf', name: 'al-Tanf garrison', aliases: ['al-Tanf'], kind: 'coalition-base', lat: 33.5058, lon: 38.6178, precision: 'exact', sources: ['wikipedia-al-tanf'], previousIds: ['al-tanf-garrison'] };
const shared: SharedEntries = {
  places: new Map([['al-tanf', tanf]]),
  actors: new Map([
    ['kataib-hezbollah', { id: 'kataib-hezbollah', name: "Kata'ib Hezbollah", kind: 'militia', aliases: [], affiliations: [{ actor: 'islamic-resistance-in-iraq', relation: 'member-of' }], previousIds: [] }],
    ['islamic-resistance-in-iraq', { id: 'islamic-resistance-in-iraq', name: 'Islamic Resistance in Iraq', kind: 'umbrella', aliases: [], affiliations: [], previousIds: [] }],
  ]),
  sources: new Map([['wikipedia-al-tanf', { id: 'wikipedia-al-tanf', title: 'Al-Tanf', kind: 'gazetteer', aliases: [], previousIds: [] }]]),
};

describe('includeShared()', () => {
  it('leaves a report that uses no shared entry as it is (the same object)', () => {
    const input = { places: [{ id: 'x', name: 'X', kind: 'town', lat: 1, lon: 2 }], events: [{ id: 'e', places: ['x'] }] };
    expect(includeShared(input, shared).value).toBe(input);
  });

  it('writes out a bare id in place, keeping the order of the list, without previousIds', () => {
    const input = { places: [{ id: 'x', name: 'X' }, 'al-tanf', { id: 'y', name: 'Y' }] };
    const { value, unresolved } = includeShared(input, shared);
    const places = (value as { places: { id: string }[] }).places;
    expect(places.map((p) => p.id)).toEqual(['x', 'al-tanf', 'y']);
    expect(places[1]).not.toHaveProperty('previousIds');
    expect(unresolved).toEqual([]);
    expect(input.places[1]).toBe('al-tanf'); // the input is not changed
  });

  it('pulls in what a report refers to without listing it, with the sources a shared place cites', () => {
    const input = { events: [{ id: 'e', places: ['al-tanf'], actors: { by: ['kataib-hezbollah'], against: [] } }] };
    const value = includeShared(input, shared).value as Record<string, { id: string; affiliations?: unknown[] }[]>;
    expect(value['places']!.map((p) => p.id)).toEqual(['al-tanf']);
    expect(value['sources']!.map((s) => s.id)).toEqual(['wikipedia-al-tanf']);
    // An affiliation to an actor the report does not use is left out, not pulled in.
    expect(value['actors']!.map((a) => a.id)).toEqual(['kataib-hezbollah']);
    expect(value['actors']![0]!.affiliations).toEqual([]);
  });

  it("keeps a shared actor's affiliation to an actor the report uses", () => {
    const input = { actors: ['kataib-hezbollah', 'islamic-resistance-in-iraq'] };
    const value = includeShared(input, shared).value as Record<string, { id: string; affiliations?: unknown[] }[]>;
    expect(value['actors']![0]!.affiliations).toEqual([{ actor: 'islamic-resistance-in-iraq', relation: 'member-of' }]);
  });

  it('reads an old id as the current one, in lists and in references', () => {
    const input = { places: ['al-tanf-garrison'], events: [{ id: 'e', places: ['al-tanf-garrison'] }] };
    const value = includeShared(input, shared).value as { places: { id: string }[]; events: { places: string[] }[] };
    expect(value.places.map((p) => p.id)).toEqual(['al-tanf']);
    expect(value.events[0]!.places).toEqual(['al-tanf']);
  });

  it("writes a shared entry in the report's language, from its translations", () => {
    const withArabic: SharedEntries = { ...shared, places: new Map([['al-tanf', { ...tanf, translations: { ar: { name: 'التنف', aliases: ['قاعدة التنف'] } } }]]) };
    const ar = includeShared({ lang: 'ar', places: ['al-tanf'] }, withArabic).value as { places: Record<string, unknown>[] };
    expect(ar.places[0]).toMatchObject({ id: 'al-tanf', name: 'التنف', aliases: ['قاعدة التنف'], lat: 33.5058 });
    expect(ar.places[0]).not.toHaveProperty('translations');
    const en = includeShared({ places: ['al-tanf'] }, withArabic).value as { places: Record<string, unknown>[] };
    expect(en.places[0]).toMatchObject({ name: 'al-Tanf garrison' });
  });

  it('keeps the report own entry when it has the id (the drift check reports the clash)', () => {
    const own = { id: 'al-tanf', name: 'al-Tanf base', kind: 'coalition-base', lat: 33.5, lon: 38.6 };
    const value = includeShared({ places: [own], events: [{ id: 'e', places: ['al-tanf'] }] }, shared).value as { places: unknown[] };
    expect(value.places).toEqual([own]);
  });

  it('stands a valid placeholder in for an unknown bare id, and says why with a did-you-mean', () => {
    const { value, unresolved } = includeShared({ places: ['al-tanff'] }, shared);
    expect((value as { places: { id: string }[] }).places[0]).toMatchObject({ id: 'al-tanff', lat: 0, lon: 0 });
    expect(unresolved).toEqual([{ kind: 'places', index: 0, id: 'al-tanff' }]);
    const [issue] = unresolvedIssues(unresolved, shared);
    expect(issue).toMatchObject({ path: ['places', 0], message: expect.stringContaining("unknown place 'al-tanff'") });
    expect(issue?.params.fix).toContain("did you mean 'al-tanf'?");
  });
});
