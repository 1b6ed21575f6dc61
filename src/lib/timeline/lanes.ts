/**
 * Timeline lanes: which row of the timeline an event belongs in, derived from its
 * ACLED type and its actors.
 *
 * - `context`: Sitrep's `context` type (background eras, e.g. the war in Gaza).
 * - `developments`: ACLED "Strategic developments" (meetings, deployments, bases set up,
 *   claims), plus protests and riots, which this kind of report rarely carries.
 * - `outside-strikes`: violent events (battles, explosions/remote violence, violence against
 *   civilians) carried out by a foreign or coalition force: an actor in `by` whose kind is
 *   `external-force` or `coalition` (U.S. strikes in the seed report).
 * - `attacks`: every other violent event (militia attacks on bases in the seed report).
 */
import type { Actor } from '../schema/actor.ts';
import type { Event } from '../schema/event.ts';

export type LaneId = 'attacks' | 'outside-strikes' | 'developments' | 'context';

export interface Lane {
  id: LaneId;
  /** As readers see it above the lane and in the legend. */
  name: string;
  /** Singular noun for counts in accessible names ("37 attacks"). */
  noun: string;
}

export const LANES: readonly Lane[] = [
  { id: 'attacks', name: 'Militia attacks', noun: 'attack' },
  { id: 'outside-strikes', name: 'Strikes by foreign and coalition forces', noun: 'strike' },
  { id: 'developments', name: 'Meetings, deployments, claims', noun: 'development' },
  { id: 'context', name: 'Context', noun: 'context event' },
];

const VIOLENT = new Set<Event['type']>(['battles', 'explosions-remote-violence', 'violence-against-civilians']);
const OUTSIDE_KINDS = new Set<Actor['kind']>(['external-force', 'coalition']);

/** The lane of one event; `actors` maps actor ids to actors (unknown ids count as local). */
export function laneOf(event: Pick<Event, 'type' | 'actors'>, actors: ReadonlyMap<string, Pick<Actor, 'kind'>>): LaneId {
  if (event.type === 'context') return 'context';
  if (!VIOLENT.has(event.type)) return 'developments';
  const outside = event.actors.by.some((id) => {
    const kind = actors.get(id)?.kind;
    return kind !== undefined && OUTSIDE_KINDS.has(kind);
  });
  return outside ? 'outside-strikes' : 'attacks';
}

/** True for lanes whose events are counted in the histogram (violent events). */
export function isViolentLane(lane: LaneId): boolean {
  return lane === 'attacks' || lane === 'outside-strikes';
}

/**
 * Lane names for one report: the generic names, except that the strikes lane is named
 * after its actor when one outside force carries out all of them ("Strikes by U.S. forces").
 */
export function laneNames(report: { events: readonly Pick<Event, 'type' | 'actors'>[]; actors: readonly Pick<Actor, 'id' | 'kind' | 'name'>[] }): Map<LaneId, string> {
  const actors = new Map(report.actors.map((a) => [a.id, a]));
  const names = new Map(LANES.map((lane) => [lane.id, lane.name]));
  const strikers = new Set<string>();
  for (const event of report.events) {
    if (laneOf(event, actors) !== 'outside-strikes') continue;
    for (const id of event.actors.by) if (OUTSIDE_KINDS.has(actors.get(id)?.kind ?? 'person')) strikers.add(id);
  }
  const only = strikers.size === 1 ? actors.get([...strikers][0]!) : undefined;
  if (only) names.set('outside-strikes', `Strikes by ${only.name}`);
  return names;
}
