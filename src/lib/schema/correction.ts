/**
 * Corrections and withdrawals: a report is corrected in the open, never silently. A correction says when,
 * what changed and why, and may point at the paragraph it changed; a withdrawal records an event, a place
 * or another entry removed after publication. Both are dated on or after the publication.
 */
import { z } from 'astro/zod';
import { CalendarDate, Id, LONG_TEXT_MAX, SHORT_TEXT_MAX, strictObject } from './common.ts';

/** Text an editor must give (a reason, what changed): a located error with a fix when it is empty. */
const explained = (what: string, fix: string, max: number) =>
  z.string({ error: `expected text: ${what}` }).trim().superRefine((value, ctx) => {
    if (value.length === 0) {
      ctx.addIssue({ code: 'custom', message: `${what} is empty`, params: { fix } });
    } else if (value.length > max) {
      ctx.addIssue({
        code: 'custom',
        message: `text is ${value.length.toLocaleString('en')} characters long; the limit here is ${max.toLocaleString('en')}`,
        params: { fix: `shorten it to at most ${max.toLocaleString('en')} characters` },
      });
    }
  });

export const Correction = strictObject({
  date: CalendarDate.meta({ description: "The day the correction was published, YYYY-MM-DD: on or after the report's publication." }),
  what: explained('what the correction changed', "say what changed, e.g. what: 'The strike was on 26 October, not 27 October.'", SHORT_TEXT_MAX * 2).meta({
    description: 'What was wrong and what it says now, in a sentence ("The strike was on 26 October, not 27 October").',
  }),
  why: explained('the reason for the correction', "give the reason readers are owed, e.g. why: 'The statement the report cites gives the 26th.'", LONG_TEXT_MAX).meta({
    description: 'Why it was corrected: the source or the finding that showed the error. Never empty.',
  }),
  paragraph: z
    .number()
    .int({ error: 'paragraph is the whole number N of the anchor #p-N' })
    .min(1, { error: 'paragraph numbers start at 1 (#p-1)' })
    .optional()
    .meta({ description: 'The paragraph the correction changed: the N of its anchor `#p-N`. The page marks that paragraph.' }),
}).meta({ description: 'A correction after publication: when, what changed, why, and where. Shown on the page, in the JSON-LD, and in the feeds as an update.' });
export type Correction = z.infer<typeof Correction>;

/** What kind of entry was withdrawn: the list it was removed from. */
export const WithdrawnKind = z.enum(['event', 'place', 'actor', 'source', 'tally', 'axis', 'shipment']).meta({ description: 'The list the entry was removed from.' });
export type WithdrawnKind = z.infer<typeof WithdrawnKind>;

export const Withdrawal = strictObject({
  id: Id.meta({ description: 'The id the entry had; it stays reserved (its old links say it was withdrawn).' }),
  kind: WithdrawnKind.meta({ description: 'What it was: `event`, `place`, `actor`, `source`, `tally`, `axis` or `shipment`.' }),
  date: CalendarDate.meta({ description: "The day it was withdrawn, YYYY-MM-DD: on or after the report's publication." }),
  why: explained('the reason for the withdrawal', "give the reason, e.g. why: 'The only source retracted its claim.'", LONG_TEXT_MAX).meta({ description: 'Why it was withdrawn. Never empty.' }),
}).meta({ description: 'An entry removed after publication (an event, a place ...), recorded with the date and the reason, never silently.' });
export type Withdrawal = z.infer<typeof Withdrawal>;

const LIST: Record<WithdrawnKind, string> = {
  event: 'events',
  place: 'places',
  actor: 'actors',
  source: 'sources',
  tally: 'tallies',
  axis: 'axes',
  shipment: 'shipments',
};

type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose => (value && typeof value === 'object' ? (value as Loose) : {});
const list = (value: unknown): Loose[] => (Array.isArray(value) ? value.map(obj) : []);
const day = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : undefined;

/** The earliest day a report can have been published (the start of a range). */
function firstPublished(published: unknown): string | undefined {
  return day(published) ?? day(obj(published)['start']);
}

/**
 * Cross-field rules: every correction and withdrawal is dated on or after the publication, and a withdrawn
 * id is no longer among the report's entries (a withdrawal records a removal; it does not hide an entry).
 */
export function checkCorrections(input: unknown, ctx: z.core.$RefinementCtx): void {
  const report = obj(input);
  const published = firstPublished(report['published']);
  const notBefore = (value: unknown, path: (string | number)[], what: string): void => {
    const date = day(value);
    if (!published || !date || date >= published) return;
    ctx.addIssue({
      code: 'custom',
      path,
      message: `${what} is dated ${date}, before the report was published (${published})`,
      params: { fix: `date it on the day it was published (${published} or later); an error found before publication is fixed in the text, not logged` },
    });
  };
  list(report['corrections']).forEach((c, i) => notBefore(c['date'], ['corrections', i, 'date'], 'the correction'));
  list(report['events']).forEach((e, i) =>
    list(e['corrections']).forEach((c, j) => notBefore(c['date'], ['events', i, 'corrections', j, 'date'], 'the correction')),
  );
  list(report['withdrawn']).forEach((w, i) => {
    notBefore(w['date'], ['withdrawn', i, 'date'], 'the withdrawal');
    const kind = WithdrawnKind.safeParse(w['kind']);
    if (!kind.success || typeof w['id'] !== 'string') return;
    const name = LIST[kind.data];
    const index = list(report[name]).findIndex((entry) => entry['id'] === w['id']);
    if (index < 0) return;
    ctx.addIssue({
      code: 'custom',
      path: ['withdrawn', i, 'id'],
      message: `${kind.data} '${w['id']}' is withdrawn but still listed at ${name}[${index}]`,
      params: { fix: `remove it from ${name}, or remove this withdrawal if it stands` },
    });
  });
}
