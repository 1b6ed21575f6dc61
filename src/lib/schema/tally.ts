/** A counted figure over a period ("at least 46 attacks"), with its breakdown. */
import { z } from 'astro/zod';
import { Confidence, Count, Id, IdList, Period, ShortText, Text, strictObject } from './common.ts';

export const TallyPart = strictObject({
  label: ShortText.meta({ description: 'What this part counts, as readers see it, e.g. `Iraq`.' }),
  value: Count.meta({ description: "The part's count." }),
  place: Id.optional().meta({ description: 'Place id the part refers to, when it is one.' }),
}).meta({ description: "One part of a tally's breakdown." });
export type TallyPart = z.infer<typeof TallyPart>;

export const Tally = strictObject({
  id: Id.meta({ description: 'Kebab-case id, e.g. `attacks-oct17-nov09`.' }),
  label: ShortText.meta({ description: 'What is counted, e.g. `Attacks on U.S. and coalition forces`.' }),
  unit: ShortText.meta({ description: 'The unit counted, singular, e.g. `attack`.' }),
  period: Period.optional().meta({ description: 'The days the count covers.' }),
  value: Count.meta({ description: 'The figure.' }),
  qualifier: z.enum(['exact', 'at-least', 'at-most', 'about']).default('exact').meta({ description: 'How the figure is qualified in the source.' }),
  breakdown: z.array(TallyPart).default([]).meta({ description: 'Parts that add up to `value`.' }),
  sources: IdList.default([]).meta({ description: 'Ids of the sources.' }),
  confidence: Confidence.meta({ description: 'How sure the report is of the figure.' }),
  quote: Text.optional().meta({ description: 'The words of the article the figure rests on, verbatim.' }),
}).superRefine((tally, ctx) => {
  if (tally.breakdown.length === 0) return;
  const sum = tally.breakdown.reduce((total, part) => total + part.value, 0);
  if (sum !== tally.value) {
    ctx.addIssue({
      code: 'custom',
      path: ['breakdown'],
      message: `breakdown adds up to ${sum} (${tally.breakdown.map((p) => `${p.label} ${p.value}`).join(' + ')}), not to the value ${tally.value}`,
      params: { fix: 'correct a part or the value so that the parts add up to the total' },
    });
  }
}).meta({ description: 'A counted figure over a period ("at least 46 attacks"), with its breakdown.' });
export type Tally = z.infer<typeof Tally>;
