import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/lib/annotate/matcher.ts';
import { nameEntries, sharedForms } from '../../../../src/lib/annotate/names.ts';

const place = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, kind: 'town' as const, lat: 0, lon: 0, precision: 'exact' as const, sources: [] });
const actor = (id: string, name: string, aliases: string[] = [], short?: string) => ({ id, name, aliases, short, kind: 'militia' as const, affiliations: [] });

const report = {
  places: [place('al-bukamal', 'al-Bukamal', ['Abu Kamal']), place('al-tanf', 'al-Tanf base', ['al-Tanf']), place('hama', 'Hama')],
  actors: [actor('hezbollah', 'Lebanese Hezbollah', ['Hezbollah']), actor('task-force', 'Hezbollah’s Task Force', ['Task Force']), actor('iran', 'Iran', ['Tehran']), actor('hama-brigade', 'Hama Brigade', ['Hama'])],
};
const find = (text: string) => createMatcher(nameEntries(report)).find(text).map((m) => `${m.text}=${m.ref.kind}:${m.ref.id}`);

describe('createMatcher()', () => {
  it('prefers the longest name: "Hezbollah" inside "Hezbollah’s Task Force" is the Task Force', () => {
    expect(find("Hezbollah’s Task Force and Hezbollah's Task Force, not Hezbollah alone")).toEqual([
      'Hezbollah’s Task Force=actor:task-force',
      "Hezbollah's Task Force=actor:task-force",
      'Hezbollah=actor:hezbollah',
    ]);
  });

  it('matches every occurrence of a name and its aliases', () => {
    expect(find('Abu Kamal, al-Bukamal and the al-Tanf base near al-Tanf')).toEqual(['Abu Kamal=place:al-bukamal', 'al-Bukamal=place:al-bukamal', 'al-Tanf base=place:al-tanf', 'al-Tanf=place:al-tanf']);
  });

  it('leaves a possessive outside the mention and refuses partial words', () => {
    expect(find("Iran's and Tehran’s; Iranian, Iran-backed, pro-Iran, Iran.")).toEqual(['Iran=actor:iran', 'Tehran=actor:tehran'.replace('tehran', 'iran'), 'Iran=actor:iran']);
  });

  it('accepts a capital or small first letter but not other case changes', () => {
    expect(find('al-Bukamal. Al-Bukamal. AL-BUKAMAL.')).toEqual(['al-Bukamal=place:al-bukamal', 'Al-Bukamal=place:al-bukamal']);
  });

  it('resolves a form shared by a place and an actor by the documented rule (a name beats an alias)', () => {
    expect(find('Hama and the Hama Brigade')).toEqual(['Hama=place:hama', 'Hama Brigade=actor:hama-brigade']);
    expect(sharedForms(report)).toEqual([{ form: 'Hama', refs: [{ kind: 'place', id: 'hama' }, { kind: 'actor', id: 'hama-brigade' }] }]);
  });
});
