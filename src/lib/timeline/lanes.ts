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
  { id: 'outside-strikes', name: 'U.S. and coalition strikes', noun: 'strike' },
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
