/** A line or area drawn on the map from a dataset that ships with the site (e.g. a river). */
import { z } from 'astro/zod';
import { Id, IdList, ShortText, Text, strictObject } from './common.ts';

export const Overlay = strictObject({
  id: Id.meta({ description: 'Kebab-case id, e.g. `euphrates`.' }),
  name: ShortText.meta({ description: 'Name readers see.' }),
  kind: z.enum(['river', 'border', 'line', 'area']).meta({ description: 'What it is: a river, a border, a front line, an area of control.' }),
  dataset: z.enum(['natural-earth-rivers']).meta({ description: "Where the geometry comes from: a dataset bundled with Sitrep, and the feature's name in it." }),
  feature: ShortText.meta({ description: 'Feature name in the dataset, e.g. `Euphrates`.' }),
  precision: Text.meta({ description: 'How precise the geometry is, in words readers see (scale, simplification).' }),
  sources: IdList.default([]).meta({ description: "Ids of the sources (the dataset's citation)." }),
}).meta({ description: 'A line or area drawn on the map from a dataset that ships with the site (e.g. a river).' });
export type Overlay = z.infer<typeof Overlay>;
