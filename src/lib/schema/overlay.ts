/** A line or area drawn on the map from a dataset that ships with the site (e.g. a river). */
import { z } from 'astro/zod';
import { Id, IdList, ShortText, Text, strictObject } from './common.ts';

export const Overlay = strictObject({
  /** Kebab-case id, e.g. `euphrates`. */
  id: Id,
  /** Name readers see. */
  name: ShortText,
  /** What it is: a river, a border, a front line, an area of control. */
  kind: z.enum(['river', 'border', 'line', 'area']),
  /** Where the geometry comes from: a dataset bundled with Sitrep, and the feature's name in it. */
  dataset: z.enum(['natural-earth-rivers']),
  /** Feature name in the dataset, e.g. `Euphrates`. */
  feature: ShortText,
  /** How precise the geometry is, in words readers see (scale, simplification). */
  precision: Text,
  /** Ids of the sources (the dataset's citation). */
  sources: IdList.default([]),
});
export type Overlay = z.infer<typeof Overlay>;
