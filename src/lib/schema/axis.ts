/** An axis of operation: from which places, against which targets. */
import { z } from 'astro/zod';
import { Confidence, Id, IdList, ShortText, Text, strictObject } from './common.ts';

export const Axis = strictObject({
  /** Kebab-case id, e.g. `axis-euphrates`. */
  id: Id,
  /** Name readers see, e.g. `First axis: bases east of the Euphrates`. */
  name: ShortText,
  /** Place ids the operations start from. */
  from: IdList.min(1, { error: 'an axis needs at least one origin place' }),
  /** Place ids they are aimed at. */
  to: IdList.min(1, { error: 'an axis needs at least one target place' }),
  /** What is done along the axis, e.g. `missile and drone strikes`. */
  means: Text.optional(),
  /** Actor ids operating on the axis. */
  actors: IdList.default([]),
  /** Ids of the sources. */
  sources: IdList.default([]),
  /** How sure the report is. */
  confidence: Confidence,
  /** The words of the article the axis rests on, verbatim. */
  quote: Text.optional(),
});
export type Axis = z.infer<typeof Axis>;
