/** A recurring flow of materiel between places (e.g. weekly flights of arms). */
import { z } from 'astro/zod';
import { Confidence, Id, IdList, ShortText, Text, strictObject } from './common.ts';

export const Shipment = strictObject({
  /** Kebab-case id. */
  id: Id,
  /** Name readers see. */
  name: ShortText,
  /** Place id of the origin. */
  from: Id,
  /** Place id of the destination. */
  to: Id,
  /** How it travels, e.g. `Ilyushin aircraft`. */
  via: ShortText.optional(),
  /** How often, as the text says, e.g. `weekly`. */
  frequency: ShortText.optional(),
  /** What is shipped, as the text lists it. */
  items: z.array(ShortText).default([]),
  /** Actor ids it serves. */
  actors: IdList.default([]),
  /** Event id for the period it belongs to, if any. */
  event: Id.optional(),
  /** Ids of the sources. */
  sources: IdList.default([]),
  /** How sure the report is. */
  confidence: Confidence,
  /** The words of the article it rests on, verbatim. */
  quote: Text.optional(),
});
export type Shipment = z.infer<typeof Shipment>;
