import { describe, expect, it } from 'vitest';
import { laneNames, laneOf } from '../../../../src/lib/timeline/lanes.ts';
import { seedReport } from './fixtures.ts';

describe('laneOf()', () => {
  const report = seedReport();
  const actors = new Map(report.actors.map((a) => [a.id, a]));
  const lane = (id: string) => laneOf(report.events.find((e) => e.id === id)!, actors);

  it('puts U.S. strikes (violence by an external force) in their own lane', () => {
    expect(lane('us-strikes-2023-10-26')).toBe('outside-strikes');
    expect(lane('us-strikes-2023-11-12')).toBe('outside-strikes');
  });

  it('puts militia attacks, developments and context where they belong', () => {
    expect(lane('attacks-syria-oct17-nov09')).toBe('attacks');
    expect(lane('al-bukamal-meeting')).toBe('developments');
    expect(lane('operations-center-established')).toBe('developments');
    expect(lane('gaza-war')).toBe('context');
  });

  it('treats violence by unknown actors as local attacks', () => {
    expect(laneOf({ type: 'battles', actors: { by: ['nobody'], against: [] } }, actors)).toBe('attacks');
  });
});

describe('laneNames()', () => {
  it('names the strikes lane after the one force that carries them out', () => {
    expect(laneNames(seedReport()).get('outside-strikes')).toBe('Strikes by U.S. forces');
  });

  it('keeps the generic name when several outside forces strike', () => {
    const report = seedReport();
    const events = [...report.events, { type: 'battles' as const, actors: { by: ['coalition'], against: [] } }];
    expect(laneNames({ ...report, events }).get('outside-strikes')).toBe('Strikes by foreign and coalition forces');
  });
});
