/**
 * One symbol per kind of place, shared by the static SVG map and the interactive one: a shape
 * (so kinds differ without colour) and a colour. Paths are centred on 0,0, about 12 px across.
 */
import { t, type MessageKey } from '../i18n/catalogue.ts';
import type { PlaceKind } from '../schema/place.ts';

export interface KindSymbol {
  /** SVG path data centred on 0,0. */
  path: string;
  fill: string;
  stroke: string;
  /** Order in the legend and in keyboard focus ties. */
  order: number;
}

const square = 'M-5-5h10v10h-10z';
const triangle = 'M0-6.5L6 5H-6z';
const star = 'M0-7l2 4.6 5 .4-3.8 3.3 1.2 4.9L0 8.6l-4.4 2.6 1.2-4.9L-7 3.3l5-.4z';
const circle = (r: number) => `M${r} 0A${r} ${r} 0 1 1 ${-r} 0A${r} ${r} 0 1 1 ${r} 0z`;
/** Paths are drawn with fill-rule evenodd, so nested circles make rings. */
const diamond = 'M0-6.5L6.5 0 0 6.5-6.5 0z';
const pentagon = 'M0-6.5l6.2 4.5-2.4 7.3h-7.6l-2.4-7.3z';
const hexagon = 'M-3-5.5h6l3 5.5-3 5.5h-6l-3-5.5z';

export const SYMBOLS: Record<PlaceKind, KindSymbol> = {
  'coalition-base': { path: square, fill: '#1f5fa8', stroke: '#fff', order: 0 },
  'militia-site': { path: triangle, fill: '#b2182b', stroke: '#fff', order: 1 },
  'operations-center': { path: star, fill: '#b2182b', stroke: '#fff', order: 2 },
  airport: { path: diamond, fill: '#5e3c99', stroke: '#fff', order: 3 },
  camp: { path: pentagon, fill: '#c25a00', stroke: '#fff', order: 4 },
  crossing: { path: hexagon, fill: '#1b7837', stroke: '#fff', order: 5 },
  city: { path: `${circle(5.5)}${circle(3.5)}${circle(1.8)}`, fill: '#1b1b1b', stroke: '#fff', order: 6 },
  town: { path: circle(4), fill: '#fff', stroke: '#1b1b1b', order: 7 },
  region: { path: circle(5), fill: 'none', stroke: '#555', order: 8 },
};

/** Kinds drawn as an area around a centre rather than a point. */
export function isAreaKind(kind: PlaceKind): boolean {
  return kind === 'region';
}

/** A kind's name in a locale, singular (`coalition base`) or plural (`coalition bases`). */
export function kindLabel(locale: string, kind: PlaceKind, plural = false): string {
  return t(locale, `map.kind.${kind}${plural ? '.plural' : ''}` as MessageKey);
}
