/** world-atlas's countries (Natural Earth admin-0), read from the npm package at build time and memoised. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { WorldTopology } from './basemap/make.ts';

export type WorldScale = '10m' | '50m' | '110m';

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
