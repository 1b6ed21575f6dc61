/**
 * A small static map of one event's places, as SVG markup for the event's embed page: the report's
 * basemap and projection (src/lib/map/), framed on the event's places, with their symbols and names.
 * Nothing but the event's own places is drawn. Every string is escaped.
 */
import { buildMap } from '../map/build.ts';
import { boundsOf, padBounds, type Bounds, type LonLat } from '../map/geo.ts';
import { toStaticMap } from '../map/static.ts';
import type { Report } from '../schema/report.ts';
import { escapeMarkup as esc } from '../text/escape.ts';
import { frameForBox, mapMarkup } from './report-card.ts';

const clamp = (b: Bounds, to: Bounds): Bounds => ({
  west: Math.max(b.west, to.west),
  south: Math.max(b.south, to.south),
  east: Math.min(b.east, to.east),
  north: Math.min(b.north, to.north),
});

/** The event's places on a map `width` pixels wide, or undefined when the event has no place. */
export function eventMapSvg(report: Report, slug: string, placeIds: readonly string[], width: number, label: string, locale = 'en'): string | undefined {
  if (placeIds.length === 0) return undefined;
  const { model, layers } = buildMap(report, slug, locale);
  const places = model.places.filter((p) => placeIds.includes(p.id));
  const core = boundsOf(places.map((p): LonLat => [p.lon, p.lat]));
  if (!core) return undefined;
  // Room around the places: at least a degree and a half, so one place sits in its surroundings.
  // Framed two to one, so a single place does not make a tall map.
  const frame = frameForBox(clamp(padBounds(core, 0.4, 1.5), model.clip), model.clip, 2, 1);
  const map = toStaticMap({ ...model, places, axes: [], shipments: [], frame }, layers, width);
  // The map's own placed labels of the event's places (points and areas alike).
  const labels = map.labels
    .filter((l) => l.place !== undefined)
    .map((l) => {
      const lines = l.lines.map((line, i) => `<tspan x="${l.x}" dy="${i === 0 ? 0 : 15}">${esc(line)}</tspan>`).join('');
      return `<text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" font-size="13" font-weight="600" fill="#1b1b1b" stroke="#fff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">${lines}</text>`;
    })
    .join('');
  return `<svg class="event-map" viewBox="0 0 ${map.width} ${map.height}" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg">${mapMarkup(map, 1.3)}${labels}</svg>`;
}
