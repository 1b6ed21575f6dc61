/** An axis of operation: from which places, against which targets. */
import { z } from 'astro/zod';
import { Confidence, Id, IdList, ShortText, Text, strictObject } from './common.ts';

export const Axis = strictObject({
  id: Id.meta({ description: 'Kebab-case id, e.g. `axis-euphrates`.' }),
  name: ShortText.meta({ description: 'Name readers see, e.g. `First axis: bases east of the Euphrates`.' }),
  from: IdList.min(1, { error: 'an axis needs at least one origin place' }).meta({ description: 'Place ids the operations start from.' }),
  to: IdList.min(1, { error: 'an axis needs at least one target place' }).meta({ description: 'Place ids they are aimed at.' }),
  means: Text.optional().meta({ description: 'What is done along the axis, e.g. `missile and drone strikes`.' }),
  actors: IdList.default([]).meta({ description: 'Actor ids operating on the axis.' }),
  sources: IdList.default([]).meta({ description: 'Ids of the sources.' }),
  confidence: Confidence.meta({ description: 'How sure the report is.' }),
  quote: Text.optional().meta({ description: 'The words of the article the axis rests on, verbatim.' }),
}).meta({ description: 'An axis of operation: from which places, against which targets.' });
export type Axis = z.infer<typeof Axis>;
