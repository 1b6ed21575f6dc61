/** A recurring flow of materiel between places (e.g. weekly flights of arms). */
import { z } from 'astro/zod';
import { Confidence, Id, IdList, ShortText, Text, strictObject } from './common.ts';

export const Shipment = strictObject({
  id: Id.meta({ description: 'Kebab-case id.' }),
  name: ShortText.meta({ description: 'Name readers see.' }),
  from: Id.meta({ description: 'Place id of the origin.' }),
  to: Id.meta({ description: 'Place id of the destination.' }),
  via: ShortText.optional().meta({ description: 'How it travels, e.g. `Ilyushin aircraft`.' }),
  frequency: ShortText.optional().meta({ description: 'How often, as the text says, e.g. `weekly`.' }),
  items: z.array(ShortText).default([]).meta({ description: 'What is shipped, as the text lists it.' }),
  actors: IdList.default([]).meta({ description: 'Actor ids it serves.' }),
  event: Id.optional().meta({ description: 'Event id for the period it belongs to, if any.' }),
  sources: IdList.default([]).meta({ description: 'Ids of the sources.' }),
  confidence: Confidence.meta({ description: 'How sure the report is.' }),
  quote: Text.optional().meta({ description: 'The words of the article it rests on, verbatim.' }),
}).meta({ description: 'A recurring flow of materiel between places (e.g. weekly flights of arms).' });
export type Shipment = z.infer<typeof Shipment>;
