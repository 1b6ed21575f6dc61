/**
 * What a registry file holds: the report schema's place, actor or source, with two changes. The id comes from
 * the file name (`content/places/al-tanf.yaml` is `al-tanf`; an `id:` key may repeat it), and `previousIds`
 * keeps the ids an entry was known by before a rename or a merge, so old links and old reports still resolve.
 * `translations` gives the entry's words in other languages: a report in Arabic that uses `al-bukamal` gets its
 * Arabic name, aliases and description, so its prose is annotated in its own language.
 */
import { z } from 'astro/zod';
import { Actor } from '../schema/actor.ts';
import { Id, IdList, ShortText, Text, strictObject } from '../schema/common.ts';
import { Place } from '../schema/place.ts';
import { Source } from '../schema/source.ts';

export { REGISTRY_KINDS, SINGULAR, type RegistryKind } from './kinds.ts';

const registryFields = {
  /** The entry's id; optional, since the file name gives it. When present it must equal the file name. */
  id: Id.optional(),
  /**
   * Ids this entry was known by before (a rename, or two entries merged into one). A report that still uses an
   * old id resolves to this entry, with a warning; the old page redirects here.
   */
  previousIds: IdList.default([]),
  /** The entry's words in other languages, by BCP 47 tag (`ar`): what a report in that language reads. */
  translations: z
    .record(
      z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'a translation is keyed by a BCP 47 language tag, e.g. ar' }),
      strictObject({
        name: ShortText.optional(),
        short: ShortText.optional(),
        title: ShortText.optional(),
        aliases: z.array(ShortText).optional(),
        description: Text.optional(),
        admin1: ShortText.optional(),
        publisher: ShortText.optional(),
      }),
    )
    .optional(),
};

/** The fields a translation may give (the words of an entry, never its coordinates or kind). */
export const TRANSLATED_FIELDS = ['name', 'short', 'title', 'aliases', 'description', 'admin1', 'publisher'] as const;

/** `schema` with the refinements of `base` (the place's radius rule ...) applied as well. */
function withChecks<T extends z.ZodType>(base: z.ZodType, schema: T): T {
  const checks = base.def.checks ?? [];
  return (checks.length > 0 ? schema.check(...(checks as never[])) : schema) as T;
}

// The shapes are spread (not `.extend`ed) so the unknown-key hint of `strictObject` knows the new keys.
export const RegistryPlace = withChecks(Place, strictObject({ ...Place.shape, ...registryFields }));
export const RegistryActor = withChecks(Actor, strictObject({ ...Actor.shape, ...registryFields }));
export const RegistrySource = withChecks(Source, strictObject({ ...Source.shape, ...registryFields }));

export type RegistryPlace = z.infer<typeof RegistryPlace>;
export type RegistryActor = z.infer<typeof RegistryActor>;
export type RegistrySource = z.infer<typeof RegistrySource>;

export const REGISTRY_SCHEMAS = { places: RegistryPlace, actors: RegistryActor, sources: RegistrySource } as const;

/** The data of an entry of `kind`, as the registry holds it (with its id filled in). */
export interface RegistryData {
  places: RegistryPlace & { id: string };
  actors: RegistryActor & { id: string };
  sources: RegistrySource & { id: string };
}
