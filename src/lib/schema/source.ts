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
  id: Id.meta({ description: 'Kebab-case id, e.g. `pentagon`.' }),
  title: ShortText.meta({ description: 'How the report names the source.' }),
  aliases: z.array(ShortText).default([]).meta({ description: 'Names the text uses for the source ("the Pentagon"); matched in the prose.' }),
  publisher: ShortText.optional().meta({ description: 'Who published it, when known.' }),
  kind: SourceKind.meta({ description: 'What kind of source it is.' }),
  url: HttpUrl.optional().meta({ description: 'Where to read it: an absolute http(s) URL. Leave out when the report gives none.' }),
  archived: HttpUrl.optional().meta({ description: 'An archived copy (e.g. the Wayback Machine), http(s).' }),
  accessed: CalendarDate.optional().meta({ description: 'When the URL was last checked, YYYY-MM-DD.' }),
  description: Text.optional().meta({ description: 'What the source is and how the report uses it.' }),
}).meta({ description: 'A source the report cites, or one its data relies on (a gazetteer for coordinates).' });
export type Source = z.infer<typeof Source>;
