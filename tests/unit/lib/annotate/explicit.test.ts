import { describe, expect, it } from 'vitest';
import { checkExplicitRef, findExplicitRefs } from '../../../../src/lib/annotate/explicit.ts';

const report = { places: [{ id: 'al-tanf' }], actors: [{ id: 'irgc' }], events: [], sources: [] } as unknown as Parameters<typeof checkExplicitRef>[0];

describe('findExplicitRefs()', () => {
  it('locates directives by line and column from the body’s first line', () => {
    expect(findExplicitRefs('Text\nthe :place[base]{#al-tanf} and :actor[Guard]{#irgc}.', 10)).toEqual([
      { kind: 'place', id: 'al-tanf', line: 11, column: 5 },
      { kind: 'actor', id: 'irgc', line: 11, column: 32 },
    ]);
  });
});

describe('checkExplicitRef()', () => {
  it('accepts a declared id and suggests the closest for a typo', () => {
    expect(checkExplicitRef(report, 'place', 'al-tanf')).toBeUndefined();
    expect(checkExplicitRef(report, 'place', 'al-tamf')?.fix).toBe("did you mean 'al-tanf'?");
    expect(checkExplicitRef(report, 'actor', undefined)?.message).toBe(':actor[...] has no id');
  });
});
