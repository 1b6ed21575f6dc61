import { describe, expect, it } from 'vitest';
import { checkExplicitRef, explicitRefs } from '../../../../src/lib/annotate/explicit.ts';
import { parseBody } from '../../../../src/lib/report/mdx.ts';

const report = { places: [{ id: 'al-tanf' }], actors: [{ id: 'irgc' }], events: [], sources: [] } as unknown as Parameters<typeof checkExplicitRef>[0];

describe('explicitRefs()', () => {
  it('locates directives by their line and column in the file, from the syntax tree', () => {
    const source = '---\ntitle: x\n---\nText\nthe :place[base]{#al-tanf} and :actor[Guard]{#irgc}.\n\n`:place[code]{#no}` {/* :actor[c]{#no} */}';
    expect(explicitRefs(parseBody('x.mdx', source, 17).tree)).toEqual([
      { kind: 'place', id: 'al-tanf', line: 5, column: 5 },
      { kind: 'actor', id: 'irgc', line: 5, column: 32 },
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
