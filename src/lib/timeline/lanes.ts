/**
 * Timeline lanes, derived from the report's data: one lane for each side that carries out
 * violence (battles, explosions and remote violence, violence against civilians), named after
 * that side and the kind of violence it commits (attacks, battles, violence against civilians,
 * or "violence involving" when they mix); then protests and riots, strategic developments, and
 * context. The sides are the first actor an event names in `by`; the `maxSides` busiest get a
 * lane each, and the rest share "other actors". Names come from the message catalogue; colours
 * from a fixed palette, by order.
 */
import type { Actor } from '../schema/actor.ts';
import type { Event } from '../schema/event.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import type { Words } from './text.ts';
import type { Lane, LaneKind } from './types.ts';

type LaneEvent = Pick<Event, 'type' | 'actors'>;
type LaneActor = Pick<Actor, 'id' | 'name' | 'short'>;

const VIOLENT = new Set<Event['type']>(['battles', 'explosions-remote-violence', 'violence-against-civilians']);
const UNREST = new Set<Event['type']>(['protests', 'riots']);

/** Colours for the sides' lanes, in order (checked for contrast on the paper colour). */
export const SIDE_COLORS = ['#a3241c', '#0b4f8a', '#2f6f4f', '#7b3f98'];
export const KIND_COLORS: Record<Exclude<LaneKind, 'violence'>, string> = { unrest: '#a3456e', developments: '#7a5b00', context: '#5d5d5d' };
const OTHER_COLOR = '#6b4e3d';

/** The broad kind of an event's lane. */
export function laneKind(event: Pick<Event, 'type'>): LaneKind {
  if (event.type === 'context') return 'context';
  if (VIOLENT.has(event.type)) return 'violence';
  if (UNREST.has(event.type)) return 'unrest';
  return 'developments';
}

/** The side an event's lane is named after: its first actor in `by`, or `''` when none is named. */
export function sideOf(event: LaneEvent): string {
  return event.actors.by[0] ?? '';
}

/** The report's lanes, and a function that gives each event its lane. */
export interface Lanes {
  lanes: Lane[];
  of(event: LaneEvent): Lane;
}

export function deriveLanes(report: { events: readonly LaneEvent[]; actors: readonly LaneActor[] }, w: Words, maxSides = 3): Lanes {
  const actors = new Map(report.actors.map((a) => [a.id, a]));
  const sides = new Map<string, { count: number; order: number; types: Set<Event['type']> }>();
  const kinds = new Set<LaneKind>();
  report.events.forEach((event, order) => {
    const kind = laneKind(event);
    kinds.add(kind);
    if (kind !== 'violence') return;
    const side = sideOf(event);
    const entry = sides.get(side) ?? { count: 0, order, types: new Set() };
    entry.count++;
    entry.types.add(event.type);
    sides.set(side, entry);
  });
  // The busiest sides first; named sides before unnamed; then the order of first appearance.
  const ranked = [...sides.entries()].sort(([a, x], [b, y]) => Number(a === '') - Number(b === '') || y.count - x.count || x.order - y.order);
  const own = ranked.slice(0, ranked.length > maxSides + 1 ? maxSides : maxSides + 1);
  const rest = ranked.slice(own.length);
  const lanes: Lane[] = [];
  const bySide = new Map<string, Lane>();
  own.forEach(([side, entry], i) => {
    const actor = actors.get(side);
    const name = side === '' || !actor ? w.t('timeline.lane.violenceUnknown') : w.t(violenceKey(entry.types), { actor: actor.short ?? actor.name });
    const lane: Lane = { id: side === '' ? 'violence-unknown' : `violence-${side}`, kind: 'violence', name, color: SIDE_COLORS[i % SIDE_COLORS.length]! };
    lanes.push(lane);
    bySide.set(side, lane);
  });
  if (rest.length) {
    const other: Lane = { id: 'violence-other', kind: 'violence', name: w.t('timeline.lane.violenceOther'), color: OTHER_COLOR };
    lanes.push(other);
    for (const [side] of rest) bySide.set(side, other);
  }
  const fixed: Record<Exclude<LaneKind, 'violence'>, Lane> = {
    unrest: { id: 'unrest', kind: 'unrest', name: w.t('timeline.lane.unrest'), color: KIND_COLORS.unrest },
    developments: { id: 'developments', kind: 'developments', name: w.t('timeline.lane.developments'), color: KIND_COLORS.developments },
    context: { id: 'context', kind: 'context', name: w.t('timeline.lane.context'), color: KIND_COLORS.context },
  };
  for (const kind of ['unrest', 'developments', 'context'] as const) if (kinds.has(kind)) lanes.push(fixed[kind]);
  return {
    lanes,
    of(event) {
      const kind = laneKind(event);
      if (kind !== 'violence') return fixed[kind];
      return bySide.get(sideOf(event)) ?? bySide.get('') ?? lanes[0]!;
    },
  };
}

/**
 * The name of a side's lane, by the kind of violence its events share: attacks (explosions and
 * remote violence), battles, or violence against civilians; "violence involving" when they mix.
 */
function violenceKey(types: ReadonlySet<Event['type']>): MessageKey {
  if (types.size > 1) return 'timeline.lane.violence';
  if (types.has('battles')) return 'timeline.lane.battles';
  if (types.has('violence-against-civilians')) return 'timeline.lane.civilians';
  return 'timeline.lane.remote';
}
