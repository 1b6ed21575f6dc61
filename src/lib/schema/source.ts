/** A source the report cites, or one its data relies on (a gazetteer for coordinates). */
import { z } from 'astro/zod';
import { CalendarDate, HttpUrl, Id, ShortText, Text, strictObject } from './common.ts';

/** What kind of source: how a reader should weigh it. */
export const SourceKind = z.enum([
  'official-statement',
  'monitor',
  'confidential',
  'media',
  'research',
  'gazetteer',
  'dataset',
]);
export type SourceKind = z.infer<typeof SourceKind>;

export const Source = strictObject({
  /** Kebab-case id, e.g. `pentagon`. */
  id: Id,
  /** How the report names the source. */
  title: ShortText,
  /** Names the text uses for the source ("the Pentagon"); matched in the prose. */
  aliases: z.array(ShortText).default([]),
  /** Who published it, when known. */
  publisher: ShortText.optional(),
  /** What kind of source it is. */
  kind: SourceKind,
  /** Where to read it: an absolute http(s) URL. Leave out when the report gives none. */
  url: HttpUrl.optional(),
  /** An archived copy (e.g. the Wayback Machine), http(s); `npm run archive` adds one. */
  archived: HttpUrl.optional(),
  /** The day the archived copy was taken, YYYY-MM-DD. */
  archivedOn: CalendarDate.optional(),
  /** When the URL was last read or checked, YYYY-MM-DD. */
  accessed: CalendarDate.optional(),
  /** What the source is and how the report uses it. */
  description: Text.optional(),
});
export type Source = z.infer<typeof Source>;
