/**
 * Where reports' basemaps are kept (`src/data/basemaps/<slug>.json`, committed) and how the build finds one:
 * the report's own file, else the smallest committed basemap that covers the report's region, else a
 * countries-only basemap made from world-atlas on the spot (and a warning to run `npm run basemap`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadWorld } from '../datasets.ts';
import type { Bounds } from '../geo.ts';
import { BASEMAP_VERSION, type BasemapTopology } from './layers.ts';
import { makeBasemap } from './make.ts';

/** The folder of committed basemaps, relative to the project root. */
export const BASEMAP_DIR = 'src/data/basemaps';

/** The folders whose reports get a basemap from `npm run basemap`: the site's reports and the other-region test report. */
export const BASEMAP_REPORT_DIRS = ['content/reports', 'tests/fixtures/reports/other-region'];

export function basemapFile(slug: string, root = process.cwd()): string {
  return join(root, BASEMAP_DIR, `${slug}.json`);
}

/** The committed text of a basemap: one line of JSON, keys in a fixed order, so regeneration is byte-identical. */
export function serialiseBasemap(t: BasemapTopology): string {
  const { type, bbox, sitrep, transform, objects, arcs } = t;
  return `${JSON.stringify({ type, bbox, sitrep, transform, objects, arcs })}\n`;
}

const regionOf = (t: BasemapTopology): Bounds => {
  const [west, south, east, north] = t.sitrep.region;
  return { west, south, east, north };
};
const covers = (outer: Bounds, inner: Bounds): boolean => outer.west <= inner.west && outer.south <= inner.south && outer.east >= inner.east && outer.north >= inner.north;
const areaOf = (b: Bounds): number => (b.east - b.west) * (b.north - b.south);

const cache = new Map<string, BasemapTopology | null>();

/** A committed basemap by file name, or null (memoised). */
function readCommitted(file: string): BasemapTopology | null {
  if (!cache.has(file)) {
    const t = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BasemapTopology) : null;
    cache.set(file, t && t.sitrep?.version === BASEMAP_VERSION ? t : null);
  }
  return cache.get(file) ?? null;
}

export interface FoundBasemap {
  topology: BasemapTopology;
  /** Where it came from: the report's own file, another report's that covers the region, or world-atlas alone. */
  from: 'own' | 'covering' | 'countries-only';
}

const made = new Map<string, BasemapTopology>();

/** The basemap for a report's region (see the module's comment for the order of preference). */
export function findBasemap(slug: string, region: Bounds, root = process.cwd()): FoundBasemap {
  const own = readCommitted(basemapFile(slug, root));
  if (own && covers(regionOf(own), region)) return { topology: own, from: 'own' };
  const dir = join(root, BASEMAP_DIR);
  const covering = (existsSync(dir) ? readdirSync(dir) : [])
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => readCommitted(join(dir, name)) ?? [])
    .filter((t) => covers(regionOf(t), region))
    .sort((a, b) => areaOf(regionOf(a)) - areaOf(regionOf(b)))[0];
  if (covering) return { topology: covering, from: 'covering' };
  const key = JSON.stringify(region);
  let topology = made.get(key);
  if (!topology) {
    topology = makeBasemap({ world: loadWorld('10m') }, region);
    made.set(key, topology);
  }
  return { topology, from: 'countries-only' };
}
