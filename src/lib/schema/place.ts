/** A place the report speaks of: a base, a town, a site, or a region drawn as an area. */
import { z } from 'astro/zod';
import { CountryCode, Id, IdList, ShortText, Text, strictObject } from './common.ts';

/** What sort of place it is; drives the map symbol and the legend. */
export const PlaceKind = z.enum([
  'coalition-base',
  'militia-site',
  'operations-center',
  'town',
  'city',
  'airport',
  'camp',
  'crossing',
  'region',
]);
export type PlaceKind = z.infer<typeof PlaceKind>;

/**
 * How well the coordinates are known. `exact`: the point is the place. `near`: the
 * place is within `radiusKm` of the point. `region`: an area of roughly `radiusKm`.
 */
export const PlacePrecision = z.enum(['exact', 'near', 'region']);
export type PlacePrecision = z.infer<typeof PlacePrecision>;

/** A bad coordinate as the message quotes it: NaN and Infinity by name (JSON would say null), a missing one as missing. */
const shown = (value: unknown): string =>
  value === undefined ? 'missing' : typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value);

const latitude = z
  .number({ error: (issue) => `latitude must be a number in decimal degrees, not ${shown(issue.input)}` })
  .min(-90, { error: (issue) => `latitude ${String(issue.input)} is outside -90..90` })
  .max(90, { error: (issue) => `latitude ${String(issue.input)} is outside -90..90` });
const longitude = z
  .number({ error: (issue) => `longitude must be a number in decimal degrees, not ${shown(issue.input)}` })
  .min(-180, { error: (issue) => `longitude ${String(issue.input)} is outside -180..180` })
  .max(180, { error: (issue) => `longitude ${String(issue.input)} is outside -180..180` });

export const Place = strictObject({
  id: Id.meta({ description: 'Kebab-case id other entries use to refer to this place, e.g. `al-tanf`.' }),
  name: ShortText.meta({ description: 'The name readers see, as the report spells it.' }),
  aliases: z.array(ShortText).default([]).meta({ description: 'Other spellings the text uses ("Abu Kamal" for al-Bukamal); matched in the prose.' }),
  kind: PlaceKind.meta({ description: 'What sort of place it is.' }),
  lat: latitude.meta({ description: 'Latitude, WGS84 decimal degrees (north positive), 4 decimals or more.' }),
  lon: longitude.meta({ description: 'Longitude, WGS84 decimal degrees (east positive), 4 decimals or more.' }),
  precision: PlacePrecision.default('exact').meta({ description: 'How well the point is known; anything but `exact` needs `radiusKm`.' }),
  radiusKm: z.number().positive({ error: 'radiusKm must be a positive number of kilometres' }).optional().meta({ description: 'Radius of uncertainty or extent, in kilometres, for `near` and `region` places.' }),
  country: CountryCode.optional().meta({ description: 'ISO 3166-1 alpha-2 code of the country the place is in, e.g. `SY`. The check puts the point inside that country (within a few km).' }),
  borderCountries: z.array(CountryCode).optional().meta({ description: 'For a place on or across a border (a crossing, a border garrison): the other countries, ISO alpha-2 codes, it may lie in.' }),
  coordinatesFrom: Text.optional().meta({ description: 'Where the coordinates come from, in words: a gazetteer entry, satellite imagery, the source\'s own map. The sources themselves go in `sources`.' }),
  verified: z.boolean().optional().meta({ description: '`true` once someone has checked the point against a map or imagery; `false` marks it as not yet checked.' }),
  verifiedBy: ShortText.optional().meta({ description: 'Who checked the point, and how, e.g. `J. Doe, Sentinel-2 imagery`.' }),
  admin1: ShortText.optional().meta({ description: 'First-level administrative division (governorate), e.g. `Deir ez-Zor`.' }),
  description: Text.optional().meta({ description: 'What the report says of the place, in one or two sentences.' }),
  sources: IdList.default([]).meta({ description: 'Ids of the sources the coordinates come from (a gazetteer, an article).' }),
}).superRefine((place, ctx) => {
  if (place.precision !== 'exact' && place.radiusKm === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['radiusKm'],
      message: `place '${place.id}' has precision '${place.precision}' but no radiusKm`,
      params: { fix: 'give the radius of the area or of the uncertainty in km, e.g. radiusKm: 25' },
    });
  }
}).meta({ description: 'A place the report speaks of: a base, a town, a site, or a region drawn as an area.' });
export type Place = z.infer<typeof Place>;
