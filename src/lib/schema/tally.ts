/** A counted figure over a period ("at least 46 attacks"), with its breakdown. */
import { z } from 'astro/zod';
import { Confidence, Count, Id, IdList, Period, ShortText, Text, strictObject } from './common.ts';

export const TallyPart = strictObject({
  /** What this part counts, as readers see it, e.g. `Iraq`. */
  label: ShortText,
  /** The part's count. */
  value: Count,
  /** Place id the part refers to, when it is one. */
  place: Id.optional(),
});
export type TallyPart = z.infer<typeof TallyPart>;

export const Tally = strictObject({
  /** Kebab-case id, e.g. `attacks-oct17-nov09`. */
  id: Id,
  /** What is counted, e.g. `Attacks on U.S. and coalition forces`. */
  label: ShortText,
  /** The unit counted, singular, e.g. `attack`. */
  unit: ShortText,
  /** The days the count covers. */
  period: Period.optional(),
  /** The figure. */
  value: Count,
  /** How the figure is qualified in the source. */
  qualifier: z.enum(['exact', 'at-least', 'at-most', 'about']).default('exact'),
  /** Parts that add up to `value`. */
  breakdown: z.array(TallyPart).default([]),
  /** Ids of the sources. */
  sources: IdList.default([]),
  /** How sure the report is of the figure. */
  confidence: Confidence,
  /** The words of the article the figure rests on, verbatim. */
  quote: Text.optional(),
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
});
export type Tally = z.infer<typeof Tally>;
