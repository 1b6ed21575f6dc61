/**
 * Everything the map of one report needs at build time: the view model and the clipped
 * basemap. Memoised by report, so the page and the basemap endpoint clip the world once.
 */
import type { Report } from '../schema/report.ts';
import { makeBasemap, type Basemap } from './basemap.ts';
import { loadRivers, loadWorld } from './datasets.ts';
import { toMapModel, type MapModel } from './model.ts';

const cache = new Map<string, { model: MapModel; basemap: Basemap }>();

export function buildMap(report: Report): { model: MapModel; basemap: Basemap } {
  const model = toMapModel(report, { datasets: { 'natural-earth-rivers': loadRivers() } });
  const key = JSON.stringify(model.clip);
  let basemap = cache.get(key)?.basemap;
  if (!basemap) {
    basemap = makeBasemap(loadWorld('10m'), model.clip);
    cache.set(key, { model, basemap });
  }
  return { model, basemap };
}
