import { describe, expect, it } from 'vitest';
import { deriveLanes, laneKind } from '../../../../src/lib/timeline/lanes.ts';
import { words } from '../../../../src/lib/timeline/text.ts';
import { otherRegionReport, seedReport } from './fixtures.ts';

const w = words('en');

describe('deriveLanes()', () => {
  const report = seedReport();
  const lanes = deriveLanes(report, w);
  const laneOf = (id: string) => lanes.of(report.events.find((e) => e.id === id)!);

  it('gives each side that carries out violence its own lane, named after it', () => {
    expect(laneOf('us-strikes-2023-10-26')).toMatchObject({ id: 'violence-us-forces', name: 'Attacks by U.S. forces' });
    expect(laneOf('attacks-syria-oct17-nov09')).toMatchObject({ id: 'violence-iranian-backed-militias', name: 'Attacks by Iranian-backed militias' });
  });

  it('puts developments and context where they belong, after the violence', () => {
    expect(laneOf('al-bukamal-meeting').id).toBe('developments');
    expect(laneOf('gaza-war').id).toBe('context');
    expect(lanes.lanes.map((l) => l.kind)).toEqual(['violence', 'violence', 'developments', 'context']);
  });

  it('never files a strike by one side under another side (the second report’s U.S. air strike)', () => {
    const strike = { type: 'explosions-remote-violence' as const, actors: { by: ['us-forces'], against: ['iranian-backed-militias'] } };
    const onlyStrike = deriveLanes({ events: [strike], actors: report.actors }, w);
    expect(onlyStrike.lanes[0]!.name).toBe('Attacks by U.S. forces');
    expect(onlyStrike.of(strike).name).not.toMatch(/militia/i);
  });

  it('names a lane after the one kind of violence a side commits', () => {
    const other = otherRegionReport();
    const names = deriveLanes(other, w).lanes.map((l) => l.name);
    expect(names).toEqual([
      'Battles involving National army of country A',
      'Violence against civilians by Armed group C',
      'Battles involving Armed group B',
      'Attacks by other actors',
      'Protests and riots',
      'Strategic developments',
    ]);
  });

  it('names a side that both fights battles and strikes "violence involving" it, not "attacks"', () => {
    const actors = [{ id: 'force', name: 'A force' }];
    const events = [
      { type: 'explosions-remote-violence' as const, actors: { by: ['force'], against: [] } },
      { type: 'battles' as const, actors: { by: ['force'], against: [] } },
    ];
    expect(deriveLanes({ events, actors }, w).lanes[0]!.name).toBe('Violence involving A force');
  });

  it('groups violence by no named actor as "unidentified actors"', () => {
    const lanes = deriveLanes({ events: [{ type: 'battles', actors: { by: [], against: [] } }], actors: [] }, w);
    expect(lanes.lanes[0]).toMatchObject({ id: 'violence-unknown', name: 'Attacks by unidentified actors' });
  });

  it('laneKind() sorts ACLED types into violence, unrest, developments and context', () => {
    expect(laneKind({ type: 'riots' })).toBe('unrest');
    expect(laneKind({ type: 'violence-against-civilians' })).toBe('violence');
    expect(laneKind({ type: 'strategic-developments' })).toBe('developments');
    expect(laneKind({ type: 'context' })).toBe('context');
  });
});
