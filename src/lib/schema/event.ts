/**
 * A dated event, typed in ACLED's vocabulary (event_type / sub_event_type) with
 * Sitrep's additions: date ranges, confidence, provenance and stable ids.
 */
import { z } from 'astro/zod';
import { Qualifier } from './tally.ts';
import { Confidence, Count, CountryCode, DateSpec, Id, IdList, ShortText, Text, strictObject } from './common.ts';

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

export const EventType = z
  .enum(Object.keys(SUBTYPES) as [keyof typeof SUBTYPES, ...(keyof typeof SUBTYPES)[]])
  .meta({ description: "ACLED event types as slugs, and Sitrep's `context` for background eras (e.g. a war elsewhere)." });
export type EventType = z.infer<typeof EventType>;
export const ALL_SUBTYPES: readonly string[] = Object.values(SUBTYPES).flat();

export const EventActors = strictObject({
  by: IdList.default([]).meta({ description: 'Who acted (ACLED actor1 and associates).' }),
  against: IdList.default([]).meta({ description: 'Against whom (ACLED actor2 and associates).' }),
}).meta({ description: 'Who acted, and against whom, by actor id.' });

/** Casualties of one side and kind, with the sources that give them (an event may list several). */
export const Casualty = strictObject({
  side: Id.meta({ description: 'Id of the actor whose people they are, e.g. `us-forces`.' }),
  kind: z.enum(['killed', 'injured', 'missing', 'captured']).meta({ description: 'Killed, injured, missing or captured.' }),
  value: Count.meta({ description: 'How many.' }),
  qualifier: Qualifier.default('exact').meta({ description: 'How the source qualifies the figure.' }),
  sources: IdList.min(1, { error: 'give the source of this figure' }).meta({ description: 'Ids of the sources that give this figure.' }),
}).meta({ description: 'Casualties of one side and kind, with their sources.' });
export type Casualty = z.infer<typeof Casualty>;

export const Event = strictObject({
  id: Id.meta({ description: 'Kebab-case id, e.g. `us-strikes-2023-10-26`.' }),
  title: ShortText.meta({ description: 'One line: what happened.' }),
  date: DateSpec.meta({ description: 'A day (YYYY-MM-DD) or a range with its precision and how it was derived.' }),
  type: EventType.meta({ description: 'ACLED event type (slug), or `context` for background.' }),
  subtype: z.string().meta({ description: 'ACLED sub-event type (slug) belonging to `type`.' }),
  scope: z.enum(['focus', 'background']).default('focus').meta({ description: '`background` events may lie outside the report\'s period (e.g. training "over the past year").' }),
  places: IdList.default([]).meta({ description: 'Ids of the places where it happened.' }),
  country: CountryCode.optional().meta({ description: "ISO 3166-1 alpha-2 code of the country (ACLED `country`), for events the text places in a country but at no named place, e.g. `IQ`. Otherwise the places' country is used." }),
  actors: EventActors.default({ by: [], against: [] }).meta({ description: 'Who acted, and against whom.' }),
  count: Count.optional().meta({ description: 'How many incidents the entry stands for, where the text counts them.' }),
  casualties: z.array(Casualty).optional().meta({ description: 'Casualties by side and kind (killed, injured ...), each with its sources.' }),
  fatalities: Count.optional().meta({ description: "Deaths, lowest reported figure (ACLED's rule)." }),
  sources: IdList.default([]).meta({ description: 'Ids of the sources of the claim.' }),
  confidence: Confidence.meta({ description: 'How sure the report is: confirmed, reported, claimed or assessed.' }),
  quote: Text.optional().meta({ description: 'The words of the article the entry rests on, verbatim.' }),
  notes: Text.optional().meta({ description: "Analyst's note." }),
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
}).meta({ description: "A dated event, typed in ACLED's vocabulary (event_type / sub_event_type) with Sitrep's additions: date ranges, confidence, provenance and stable ids." });
export type Event = z.infer<typeof Event>;
