/** An actor: a state force, a militia, an umbrella group, a person, a monitor. */
import { z } from 'astro/zod';
import { Id, ShortText, Text, strictObject } from './common.ts';

/** What sort of actor it is. */
export const ActorKind = z.enum([
  'state-force',
  'external-force',
  'coalition',
  'militia',
  'umbrella',
  'political-party',
  'government',
  'person',
  'organization',
]);
export type ActorKind = z.infer<typeof ActorKind>;

/** ACLED's actor types (`inter1`, `inter2`), for exports. */
export const AcledActorType = z.enum([
  'State forces',
  'Rebel group',
  'Political militia',
  'Identity militia',
  'Rioters',
  'Protesters',
  'Civilians',
  'External/Other forces',
]);

/** How one actor stands to another, as the text states it. */
export const Relation = z.enum(['member-of', 'part-of', 'led-by', 'leads', 'backed-by', 'affiliated-with', 'ally-of']);

export const Affiliation = strictObject({
  /** Id of the other actor. */
  actor: Id,
  /** How this actor stands to it. */
  relation: Relation,
});
export type Affiliation = z.infer<typeof Affiliation>;

export const Actor = strictObject({
  /** Kebab-case id, e.g. `irgc`. */
  id: Id,
  /** Full name as the report gives it. */
  name: ShortText,
  /** Short form or acronym readers see, e.g. `IRGC`. */
  short: ShortText.optional(),
  /** Other names and spellings the text uses; matched in the prose. */
  aliases: z.array(ShortText).default([]),
  /** What sort of actor it is. */
  kind: ActorKind,
  /** ACLED actor type, for exports next to ACLED data. */
  acledType: AcledActorType.optional(),
  /** Affiliations the text states (member of, led by, backed by ...). */
  affiliations: z.array(Affiliation).default([]),
  /** What the report says of the actor, in one or two sentences. */
  description: Text.optional(),
});
export type Actor = z.infer<typeof Actor>;
