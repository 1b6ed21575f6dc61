/**
 * A report's frontmatter: who wrote it, when, and the structured data its prose
 * speaks of. Cross-references are checked here, so the build fails on any broken one.
 */
import { z } from 'astro/zod';
import { Actor } from './actor.ts';
import { Axis } from './axis.ts';
import { CalendarDate, DateSpec, HttpUrl, ID_PATTERN, Period, ShortText, Text, strictObject } from './common.ts';
import { Event } from './event.ts';
import { Overlay } from './overlay.ts';
import { Place } from './place.ts';
import { EMPTY_CONTEXT, type ReportContext } from './context.ts';
import { checkReferences } from './references.ts';
import { Correction, Withdrawal, checkCorrections } from './correction.ts';
import { includeShared, unresolvedIssues, type Unresolved } from '../registry/resolve.ts';
import { Shipment } from './shipment.ts';
import { Source } from './source.ts';
import { Tally } from './tally.ts';

export const Author = strictObject({
  name: ShortText.meta({ description: "The author's name as published." }),
  bio: Text.optional().meta({ description: "The author's biography as published, verbatim." }),
  url: HttpUrl.optional().meta({ description: "The author's page, http(s)." }),
}).meta({ description: 'An author of the report, as the byline gives them.' });
export type Author = z.infer<typeof Author>;

/** A BCP 47 language tag (`en`, `ar`, `ar-EG`), written in its canonical form. */
export const LanguageTag = z.string().superRefine((value, ctx) => {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(value)[0];
  } catch {
    canonical = undefined;
  }
  if (canonical === value) return;
  ctx.addIssue({
    code: 'custom',
    message: `'${value}' is not a BCP 47 language tag in canonical form`,
    params: { fix: canonical ? `write '${canonical}'` : "use a language tag such as 'en', 'ar' or 'ar-EG'" },
  });
});

export const ReportFields = strictObject({
  lang: LanguageTag.default('en').meta({
    description:
      "The language the report is written in, as a BCP 47 tag (`en`, `ar`, `ar-EG`); English by default. It sets the page's `lang` and writing direction, and the interface around the report (`ar` reports are published under `/ar/` with the Arabic interface; a language without an interface of its own gets the English one).",
  }),
  translationOf: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected the slug of another report (its file name without .mdx)' })
    .optional()
    .meta({ description: "The slug of the report this one translates (its file name without `.mdx`). The two pages link to each other (`hreflang`); the translation is the translator's text, never a machine translation published as the author's." }),
  title: Text.meta({ description: 'The headline.' }),
  draft: z.boolean().optional().meta({ description: 'A draft is shown by `npm run dev` but left out of the published site (no page, not listed). `npm run new` starts every report as a draft; set `draft: false` (or remove the line) to publish.' }),
  titleBy: z.enum(['author', 'editors']).default('author').meta({ description: 'Who wrote the headline when the source carries none: say so (`editors`).' }),
  dek: Text.meta({ description: 'One-sentence summary shown under the title and in listings.' }),
  authors: z.array(Author).min(1, { error: 'a report needs at least one author' }).meta({ description: 'The authors, in byline order.' }),
  publisher: ShortText.meta({ description: 'Who published the report.' }),
  published: DateSpec.meta({ description: 'When the report was first published, by its publisher (possibly elsewhere, before this site): a day, or a range with a note when it is only known roughly. Not the day it went up on this site (`sitePublished`).' }),
  sitePublished: CalendarDate.optional().meta({ description: 'The day the report went up on this site, when it differs from `published` (a report republished here later). Feeds, sitemaps and listings may use it; the timeline never does: its range is the report\'s `period`.' }),
  updated: CalendarDate.optional().meta({ description: 'The day the report was last substantively updated on this site (a correction, new data); not before it was published.' }),
  period: Period.meta({ description: 'The days the report covers; focus events must fall within it.' }),
  tags: z.array(ShortText).default([]).meta({ description: 'Subject tags, kebab-case words.' }),
  disclaimer: Text.optional().meta({ description: "The publisher's disclaimer, verbatim; shown as metadata, not body text." }),
  photoCredit: ShortText.optional().meta({ description: "Credit line of the original's photo; Sitrep shows no photo it does not have." }),
  scrollytelling: z.boolean().default(true).meta({ description: 'Whether the map and timeline follow the paragraph being read on wide screens.' }),
  mentions: z.enum(['first', 'all']).default('first').meta({ description: 'Which mentions of a name are links: `first` (the first in each paragraph, the default) or `all`.' }),
  places: z.array(Place).default([]).meta({ description: 'Places: bases, towns, sites and regions, with coordinates.' }),
  actors: z.array(Actor).default([]).meta({ description: 'Actors: forces, militias, umbrella groups, people.' }),
  events: z.array(Event).default([]).meta({ description: 'Dated events.' }),
  tallies: z.array(Tally).default([]).meta({ description: 'Counted figures with their breakdowns.' }),
  axes: z.array(Axis).default([]).meta({ description: 'Axes of operation: from where, against what.' }),
  shipments: z.array(Shipment).default([]).meta({ description: 'Recurring shipments of materiel.' }),
  overlays: z.array(Overlay).default([]).meta({ description: 'Lines and areas from bundled datasets (rivers).' }),
  sources: z.array(Source).default([]).meta({ description: 'Every source the report or its data cites.' }),
  corrections: z.array(Correction).optional().meta({ description: 'Corrections to the report after publication: each dated, with what changed and why.' }),
  withdrawn: z.array(Withdrawal).optional().meta({ description: 'Entries removed after publication (an event, a place ...), recorded with the date and the reason.' }),
}).meta({ description: "A report's frontmatter: who wrote it, when, and the structured data its prose speaks of. Cross-references are checked here, so the build fails on any broken one." });

/**
 * The schema of a report's frontmatter in `context`: every field, every sum, and every
 * cross-reference checked, where an id resolves to an entry of the report or of the shared
 * registry (`context.registry`). Astro (src/content.config.ts) and the loader (src/lib/report)
 * both build it here.
 */
export function createReportSchema(context: ReportContext = EMPTY_CONTEXT) {
  // The shared entries a report uses (a bare id in a list, or a reference) are written out before the report is
  // checked, so every later step sees one complete report (src/lib/registry/resolve.ts). A bare id the registry
  // lacks stands in as a valid placeholder and fails here, so the rest of the report is still checked.
  let unresolved: Unresolved[] = [];
  const fields = ReportFields.superRefine((input, ctx) => {
    checkReferences(input, ctx, context.registry);
    checkCorrections(input, ctx);
    for (const issue of unresolvedIssues(unresolved, context.registry)) ctx.addIssue(issue);
  }, { when: () => true });
  return z
    .preprocess((input: unknown) => {
      const resolved = includeShared(input, context.registry);
      unresolved = resolved.unresolved;
      return resolved.value;
    }, fields)
    .meta(editorSchema());
}

let editor: Record<string, unknown> | undefined;
/**
 * The JSON Schema editors get from this schema (Astro derives its VS Code schema from the collection's): the
 * fields' own, where `places`, `actors` and `sources` also take a bare id, the id of a shared entry.
 */
function editorSchema(): Record<string, unknown> {
  if (editor) return editor;
  const json = z.toJSONSchema(ReportFields, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, { items?: unknown }> };
  for (const list of ['places', 'actors', 'sources']) {
    const property = json.properties[list];
    if (property?.items) property.items = { anyOf: [property.items, { type: 'string', pattern: ID_PATTERN.source, description: `The id of a shared entry (content/${list}/<id>.yaml).` }] };
  }
  const rest: Record<string, unknown> = { ...json };
  delete rest['$schema'];
  return (editor = rest);
}

/** The parsed frontmatter of a report. */
export type Report = z.infer<ReturnType<typeof createReportSchema>>;

/** The schema with no shared registry (tests and tools that read a lone report). */
export const Report = createReportSchema(EMPTY_CONTEXT);
