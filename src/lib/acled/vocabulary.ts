/**
 * ACLED's vocabulary as its CSV exports write it (codebook of October 2024, see
 * /work/shared/reference/acled.md), and how it maps to Sitrep's slugs and kinds.
 */
import type { ActorKind } from '../schema/actor.ts';
import { toKebab } from '../schema/common.ts';
import { SUBTYPES, type EventType } from '../schema/event.ts';
import type { PlacePrecision } from '../schema/place.ts';

/** ACLED's columns, in ACLED's order. */
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1',
  'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region',
  'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'source_scale',
  'notes', 'fatalities', 'tags', 'timestamp',
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];
export type AcledRow = Record<AcledColumn, string>;

/** Event types and sub-event types as ACLED writes them. Sitrep's slug is `toKebab(label)`. */
export const EVENT_LABELS: Record<Exclude<EventType, 'context'>, { label: string; disorder: string; subtypes: Record<string, string> }> = {
  battles: { label: 'Battles', disorder: 'Political violence', subtypes: {} },
  protests: { label: 'Protests', disorder: 'Demonstrations', subtypes: {} },
  riots: { label: 'Riots', disorder: 'Demonstrations', subtypes: {} },
  'explosions-remote-violence': { label: 'Explosions/Remote violence', disorder: 'Political violence', subtypes: {} },
  'violence-against-civilians': { label: 'Violence against civilians', disorder: 'Political violence', subtypes: {} },
  'strategic-developments': { label: 'Strategic developments', disorder: 'Strategic developments', subtypes: {} },
};
const SUBTYPE_LABELS = [
  'Government regains territory', 'Non-state actor overtakes territory', 'Armed clash',
  'Excessive force against protesters', 'Protest with intervention', 'Peaceful protest',
  'Violent demonstration', 'Mob violence',
  'Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade',
  'Sexual violence', 'Attack', 'Abduction/forced disappearance',
  'Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established',
  'Looting/property destruction', 'Non-violent transfer of territory', 'Other',
];
for (const [type, entry] of Object.entries(EVENT_LABELS)) {
  for (const slug of SUBTYPES[type as EventType]) {
    const label = SUBTYPE_LABELS.find((l) => toKebab(l) === slug);
    if (label) entry.subtypes[slug] = label;
  }
}

/** Disorder type of a sub-event (ACLED splits protests and riots between two). */
export function disorderType(type: Exclude<EventType, 'context'>, subtype: string): string {
  if (subtype === 'excessive-force-against-protesters') return 'Political violence; Demonstrations';
  if (subtype === 'mob-violence') return 'Political violence';
  return EVENT_LABELS[type].disorder;
}

/** ACLED's eight actor types, in the order of their old numeric codes (1–8). */
export const ACTOR_TYPES = ['State forces', 'Rebel group', 'Political militia', 'Identity militia', 'Rioters', 'Protesters', 'Civilians', 'External/Other forces'] as const;
export type AcledActorTypeLabel = (typeof ACTOR_TYPES)[number];

/** The Sitrep kind an ACLED actor type most likely is. */
export const KIND_OF_TYPE: Record<AcledActorTypeLabel, ActorKind> = {
  'State forces': 'state-force',
  'Rebel group': 'militia',
  'Political militia': 'militia',
  'Identity militia': 'militia',
  Rioters: 'organization',
  Protesters: 'organization',
  Civilians: 'organization',
  'External/Other forces': 'external-force',
};

/** `geo_precision` 1/2/3 → Sitrep precision, radius (km) and place kind. */
export const GEO_PRECISION: Record<'1' | '2' | '3', { precision: PlacePrecision; radiusKm?: number; kind: 'town' | 'region' }> = {
  '1': { precision: 'exact', kind: 'town' },
  '2': { precision: 'near', radiusKm: 5, kind: 'town' },
  '3': { precision: 'region', radiusKm: 25, kind: 'region' },
};
