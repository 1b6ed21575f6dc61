/**
 * Everything the map of one report needs at build time: its basemap (committed, see `basemap/store.ts`),
 * decoded, and the view model drawn over it. Memoised by report, so the page and the basemap endpoint agree.
 */
import type { Report } from '../schema/report.ts';
import type { BasemapTopology } from './basemap/layers.ts';
import { readBasemap, type BasemapLayers } from './basemap/read.ts';
import { findBasemap, type FoundBasemap } from './basemap/store.ts';
import { toMapModel, type MapModel } from './model.ts';
import { mapRegion } from './region.ts';

export interface BuiltMap {
  model: MapModel;
  /** The basemap as served to the browser (TopoJSON). */
  topology: BasemapTopology;
  /** The same, decoded (for the static map). */
  layers: BasemapLayers;
  from: FoundBasemap['from'];
}

const cache = new WeakMap<Report, BuiltMap>();
const warned = new Set<string>();

/**
 * `warn: false` for maps that are not a report's (an entity page's small map): they borrow any committed basemap
 * that covers them, and draw countries only otherwise, which an editor cannot fix with `npm run basemap`.
 */
export function buildMap(report: Report, slug: string, locale = 'en', options: { warn?: boolean } = {}): BuiltMap {
  let built = cache.get(report);
  if (!built) {
    const found = findBasemap(slug, mapRegion(report));
    if (found.from === 'countries-only' && options.warn !== false && !warned.has(slug)) {
      warned.add(slug);
      console.warn(`map: no basemap in src/data/basemaps covers report '${slug}'; drawing countries only. Run npm run basemap (see docs/map.md).`);
    }
    const layers = readBasemap(found.topology);
    const model = toMapModel(report, { rivers: layers.rivers, countries: layers.countries, divisions: layers.admin1, locale });
    built = { model, topology: found.topology, layers, from: found.from };
    cache.set(report, built);
  }
  return built;
}
