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
  actor: Id.meta({ description: 'Id of the other actor.' }),
  relation: Relation.meta({ description: 'How this actor stands to it.' }),
}).meta({ description: 'How one actor stands to another, as the text states it.' });
export type Affiliation = z.infer<typeof Affiliation>;

export const Actor = strictObject({
  id: Id.meta({ description: 'Kebab-case id, e.g. `irgc`.' }),
  name: ShortText.meta({ description: 'Full name as the report gives it.' }),
  short: ShortText.optional().meta({ description: 'Short form or acronym readers see, e.g. `IRGC`.' }),
  aliases: z.array(ShortText).default([]).meta({ description: 'Other names and spellings the text uses; matched in the prose.' }),
  kind: ActorKind.meta({ description: 'What sort of actor it is.' }),
  acledType: AcledActorType.optional().meta({ description: 'ACLED actor type, for exports next to ACLED data.' }),
  affiliations: z.array(Affiliation).default([]).meta({ description: 'Affiliations the text states (member of, led by, backed by ...).' }),
  description: Text.optional().meta({ description: 'What the report says of the actor, in one or two sentences.' }),
}).meta({ description: 'An actor: a state force, a militia, an umbrella group, a person, a monitor.' });
export type Actor = z.infer<typeof Actor>;
