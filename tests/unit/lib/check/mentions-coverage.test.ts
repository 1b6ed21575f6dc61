import { describe, expect, it } from 'vitest';
import { checkCoverage, mentions } from '../../../../src/lib/check/mentions-coverage.ts';

const place = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, kind: 'town' as const, lat: 0, lon: 0, precision: 'exact' as const, sources: [] });
const actor = (id: string, name: string, short?: string) => ({ id, name, short, aliases: [], kind: 'militia' as const, affiliations: [] });

describe('mentions()', () => {
  it('matches whole words, ignoring case and line breaks', () => {
    expect(mentions('strikes on al-Tanf base.', 'al-tanf')).toBe(true);
    expect(mentions('the Conoco\nplant', 'Conoco plant')).toBe(true);
    expect(mentions('Tal Hamiseh', 'Tal Hamis')).toBe(false);
  });
});

describe('checkCoverage()', () => {
  const report = { places: [place('al-tanf', 'al-Tanf base', ['al-Tanf']), place('tal-hamis', 'Tal Hamis')], actors: [actor('irgc', 'Islamic Revolutionary Guard Corps', 'IRGC'), actor('sdf', 'Syrian Democratic Forces')] };
  it('warns of places and actors no text mentions, at their name', () => {
    const problems = checkCoverage(report, 'Strikes near al-Tanf by the IRGC.');
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      [['places', 1, 'name'], "place 'tal-hamis' is not mentioned in the article (looked for: 'Tal Hamis')"],
      [['actors', 1, 'name'], "actor 'sdf' is not mentioned in the article (looked for: 'Syrian Democratic Forces')"],
    ]);
  });
  it('counts a mention by id in markup, and not a name inside a comment', () => {
    const problems = checkCoverage(report, ':place[the town]{#tal-hamis} al-Tanf IRGC {/* Syrian Democratic Forces */}');
    expect(problems.map((p) => p.path)).toEqual([['actors', 1, 'name']]);
  });
});
