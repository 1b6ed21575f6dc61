/** Datasets read at build time only: world-atlas countries (memoised) and the bundled rivers. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type WorldScale = '10m' | '50m' | '110m';
export type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const cache = new Map<WorldScale, WorldTopology>();

export function loadWorld(scale: WorldScale = '10m'): WorldTopology {
  let world = cache.get(scale);
  if (!world) {
    const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`);
    world = JSON.parse(readFileSync(file, 'utf8')) as WorldTopology;
    cache.set(scale, world);
  }
  return world;
}

/** The rivers bundled in `src/data/natural-earth/` (the Euphrates), as GeoJSON. */
export function loadRivers(root: string = process.cwd()): import('geojson').FeatureCollection {
  const file = `${root}/src/data/natural-earth/euphrates.geojson`;
  return JSON.parse(readFileSync(file, 'utf8')) as import('geojson').FeatureCollection;
}
