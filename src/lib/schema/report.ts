/**
 * A report's frontmatter: who wrote it, when, and the structured data its prose
 * speaks of. Cross-references are checked here, so the build fails on any broken one.
 */
import { z } from 'astro/zod';
import { Actor } from './actor.ts';
import { Axis } from './axis.ts';
import { CalendarDate, DateSpec, HttpUrl, Period, ShortText, Text, strictObject } from './common.ts';
import { Event } from './event.ts';
import { Overlay } from './overlay.ts';
import { Place } from './place.ts';
import { checkReferences } from './references.ts';
import { Correction, Withdrawal, checkCorrections } from './correction.ts';
import { Shipment } from './shipment.ts';
import { Source } from './source.ts';
import { Tally } from './tally.ts';

export const Author = strictObject({
  /** The author's name as published. */
  name: ShortText,
  /** The author's biography as published, verbatim. */
  bio: Text.optional(),
  /** The author's page, http(s). */
  url: HttpUrl.optional(),
});
export type Author = z.infer<typeof Author>;

export const ReportFields = strictObject({
  /** The headline. */
  title: Text,
  /**
   * A draft is shown by `npm run dev` but left out of the published site (no page, not listed).
   * `npm run new` starts every report as a draft; set `draft: false` (or remove the line) to publish.
   */
  draft: z.boolean().optional(),
  /** Who wrote the headline when the source carries none: say so (`editors`). */
  titleBy: z.enum(['author', 'editors']).default('author'),
  /** One-sentence summary shown under the title and in listings. */
  dek: Text,
  /** The authors, in byline order. */
  authors: z.array(Author).min(1, { error: 'a report needs at least one author' }),
  /** Who published the report. */
  publisher: ShortText,
  /** Publication date: a day, or a range with a note when it is only known roughly. */
  published: DateSpec,
  /** The days the report covers; focus events must fall within it. */
  period: Period,
  /** Subject tags, kebab-case words. */
  tags: z.array(ShortText).default([]),
  /** The publisher's disclaimer, verbatim; shown as metadata, not body text. */
  disclaimer: Text.optional(),
  /** Credit line of the original's photo; Sitrep shows no photo it does not have. */
  photoCredit: ShortText.optional(),
  /** Whether the map and timeline follow the paragraph being read on wide screens. */
  scrollytelling: z.boolean().default(true),
  /** Places: bases, towns, sites and regions, with coordinates. */
  places: z.array(Place).default([]),
  /** Actors: forces, militias, umbrella groups, people. */
  actors: z.array(Actor).default([]),
  /** Dated events. */
  events: z.array(Event).default([]),
  /** Counted figures with their breakdowns. */
  tallies: z.array(Tally).default([]),
  /** Axes of operation: from where, against what. */
  axes: z.array(Axis).default([]),
  /** Recurring shipments of materiel. */
  shipments: z.array(Shipment).default([]),
  /** Lines and areas from bundled datasets (rivers). */
  overlays: z.array(Overlay).default([]),
  /** Every source the report or its data cites. */
  sources: z.array(Source).default([]),
  /** The last day the report was updated with new information (corrections date themselves), YYYY-MM-DD. */
  updated: CalendarDate.optional(),
  /** Corrections to the report after publication: each dated, with what changed and why. */
  corrections: z.array(Correction).optional(),
  /** Entries removed after publication (an event, a place ...), recorded with the date and the reason. */
  withdrawn: z.array(Withdrawal).optional(),
});

/** The whole frontmatter, with every cross-reference and sum checked. */
export const Report = ReportFields.superRefine((report, ctx) => {
  checkReferences(report, ctx);
  checkCorrections(report, ctx);
}, { when: () => true });
export type Report = z.infer<typeof Report>;
