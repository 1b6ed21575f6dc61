/** A counted figure over a period ("at least 46 attacks"), with its breakdown. */
import { z } from 'astro/zod';
import { CalendarDate, Confidence, Count, MAX_COUNT, Id, IdList, Period, ShortText, Text, strictObject } from './common.ts';

export const TallyPart = strictObject({
  label: ShortText.meta({ description: 'What this part counts, as readers see it, e.g. `Iraq`.' }),
  value: Count.meta({ description: "The part's count." }),
  place: Id.optional().meta({ description: 'Place id the part refers to, when it is one.' }),
}).meta({ description: "One part of a tally's breakdown." });
export type TallyPart = z.infer<typeof TallyPart>;

/** How a figure is qualified, kept as the source words it: "at least 46", "more than 40", "about 20". */
export const Qualifier = z.enum(['exact', 'at-least', 'more-than', 'at-most', 'fewer-than', 'about']).meta({ description: 'How the source qualifies the figure: exactly, at least, more than, at most, fewer than, about.' });
export type Qualifier = z.infer<typeof Qualifier>;

/** One source's figure for a count that sources give differently ("34", then "more than 40", then "47"). */
export const TallyEstimate = strictObject({
  value: Count.meta({ description: "The source's figure." }),
  qualifier: Qualifier.default('exact'),
  source: Id.meta({ description: 'Id of the source that gives it.' }),
  date: CalendarDate.meta({ description: 'The day the source gave it, YYYY-MM-DD.' }),
  quote: Text.optional().meta({ description: "The source's words, verbatim." }),
}).meta({ description: "One source's figure for a disputed count, with its date." });
export type TallyEstimate = z.infer<typeof TallyEstimate>;

export const Tally = strictObject({
  id: Id.meta({ description: 'Kebab-case id, e.g. `attacks-oct17-nov09`.' }),
  label: ShortText.meta({ description: 'What is counted, e.g. `Attacks on U.S. and coalition forces`.' }),
  unit: ShortText.meta({ description: 'The unit counted, singular, e.g. `attack`.' }),
  period: Period.optional().meta({ description: 'The days the count covers.' }),
  scope: z.enum(['focus', 'background']).optional().meta({ description: "`background` for a figure whose period lies before (or beyond) the report's period, given as context (\"since 2021, 83 attacks\"), as events can be." }),
  value: Count.meta({ description: 'The figure.' }),
  qualifier: Qualifier.default('exact').meta({ description: 'How the figure is qualified in the source, kept as written.' }),
  of: Count.optional().meta({ description: 'The whole the value is part of, for figures like "84 of 85 drones intercepted": `value: 84`, `of: 85`.' }),
  estimates: z.array(TallyEstimate).optional().meta({ description: 'For a count that sources give differently: one estimate per source and date. Readers see the range with each source; `value` is the figure the report uses, within the range.' }),
  breakdown: z.array(TallyPart).default([]).meta({ description: 'Parts that add up to `value`.' }),
  sources: IdList.default([]).meta({ description: 'Ids of the sources.' }),
  confidence: Confidence.meta({ description: 'How sure the report is of the figure.' }),
  quote: Text.optional().meta({ description: 'The words of the article the figure rests on, verbatim.' }),
}).superRefine((tally, ctx) => {
  if (tally.of !== undefined && tally.value > tally.of) {
    ctx.addIssue({ code: 'custom', path: ['of'], message: `${tally.value} of ${tally.of}: the part is larger than the whole`, params: { fix: 'value is the part (84), of the whole (85)' } });
  }
  if (tally.estimates && tally.estimates.length > 0) {
    const values = tally.estimates.map((e) => e.value);
    const [min, max] = [Math.min(...values), Math.max(...values)];
    if (tally.value < min || tally.value > max) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `value ${tally.value} lies outside its estimates (${min}–${max})`, params: { fix: 'value is the figure the report uses: one of the estimates, or within their range' } });
    }
  }
  // A value refused as a count (too big, not whole) has its own error; a sum against it would only repeat it.
  if (tally.breakdown.length === 0 || !Number.isSafeInteger(tally.value) || tally.value > MAX_COUNT) return;
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
