/**
 * A dated event, typed in ACLED's vocabulary (event_type / sub_event_type) with
 * Sitrep's additions: date ranges, confidence, provenance and stable ids.
 */
import { z } from 'astro/zod';
import { Correction } from './correction.ts';
import { Confidence, Count, DateSpec, Id, IdList, ShortText, Text, strictObject } from './common.ts';

/** ACLED event types as slugs, and Sitrep's `context` for background eras (e.g. a war elsewhere). */
export const SUBTYPES = {
  battles: ['government-regains-territory', 'non-state-actor-overtakes-territory', 'armed-clash'],
  protests: ['excessive-force-against-protesters', 'protest-with-intervention', 'peaceful-protest'],
  riots: ['violent-demonstration', 'mob-violence'],
  'explosions-remote-violence': [
    'chemical-weapon',
    'air-drone-strike',
    'suicide-bomb',
    'shelling-artillery-missile-attack',
    'remote-explosive-landmine-ied',
    'grenade',
  ],
  'violence-against-civilians': ['sexual-violence', 'attack', 'abduction-forced-disappearance'],
  'strategic-developments': [
    'agreement',
    'arrests',
    'change-to-group-activity',
    'disrupted-weapons-use',
    'headquarters-or-base-established',
    'looting-property-destruction',
    'non-violent-transfer-of-territory',
    'other',
  ],
  context: ['war', 'campaign', 'publication'],
} as const;

export const EventType = z.enum(Object.keys(SUBTYPES) as [keyof typeof SUBTYPES, ...(keyof typeof SUBTYPES)[]]);
export type EventType = z.infer<typeof EventType>;
export const ALL_SUBTYPES: readonly string[] = Object.values(SUBTYPES).flat();

export const EventActors = strictObject({
  /** Who acted (ACLED actor1 and associates). */
  by: IdList.default([]),
  /** Against whom (ACLED actor2 and associates). */
  against: IdList.default([]),
});

export const Event = strictObject({
  /** Kebab-case id, e.g. `us-strikes-2023-10-26`. */
  id: Id,
  /** One line: what happened. */
  title: ShortText,
  /** A day (YYYY-MM-DD) or a range with its precision and how it was derived. */
  date: DateSpec,
  /** ACLED event type (slug), or `context` for background. */
  type: EventType,
  /** ACLED sub-event type (slug) belonging to `type`. */
  subtype: z.string(),
  /** `background` events may lie outside the report's period (e.g. training "over the past year"). */
  scope: z.enum(['focus', 'background']).default('focus'),
  /** Ids of the places where it happened. */
  places: IdList.default([]),
  /**
   * ISO 3166-1 alpha-2 code of the country (ACLED `country`), for events the text places
   * in a country but at no named place, e.g. `IQ`. Otherwise the places' country is used.
   */
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'country is a two-letter ISO code, e.g. IQ' }).optional(),
  /** Who acted, and against whom. */
  actors: EventActors.default({ by: [], against: [] }),
  /** How many incidents the entry stands for, where the text counts them. */
  count: Count.optional(),
  /** Deaths, lowest reported figure (ACLED's rule). */
  fatalities: Count.optional(),
  /** Ids of the sources of the claim. */
  sources: IdList.default([]),
  /** How sure the report is: confirmed, reported, claimed or assessed. */
  confidence: Confidence,
  /** The words of the article the entry rests on, verbatim. */
  quote: Text.optional(),
  /** Analyst's note. */
  notes: Text.optional(),
  /** Corrections to this event after publication, dated, with what changed and why. */
  corrections: z.array(Correction).optional(),
}).superRefine((event, ctx) => {
  const allowed: readonly string[] = SUBTYPES[event.type];
  if (!allowed.includes(event.subtype)) {
    ctx.addIssue({
      code: 'custom',
      path: ['subtype'],
      message: `subtype '${event.subtype}' does not belong to type '${event.type}'`,
      params: { fix: `use one of: ${allowed.join(', ')}` },
    });
  }
});
export type Event = z.infer<typeof Event>;
