/**
 * `npm run basemap`: makes each report's basemap (src/data/basemaps/<slug>.json) from Natural Earth 1:10m and
 * world-atlas, clipped to the report's map region. Run it after adding a report or moving its places; the build
 * reads only the committed output, never Natural Earth itself. `--check` compares instead of writing (exit 1 when
 * a file is stale or missing).
 *
 * Natural Earth comes from `NATURAL_EARTH_DIR`, or the first `shared/data/natural-earth` found in this folder or
 * a parent (the GeoJSON layers listed in its README).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { reportFiles } from '../src/lib/check/files.ts';
import { loadReport } from '../src/lib/report/index.ts';
import { reportContext } from '../src/integrations/site-config.ts';
import { BASEMAP_DIR, BASEMAP_REPORT_DIRS, basemapFile, serialiseBasemap } from '../src/lib/map/basemap/store.ts';
import { makeBasemap, type BasemapSources } from '../src/lib/map/basemap/make.ts';
import { loadWorld } from '../src/lib/map/datasets.ts';
import { mapRegion } from '../src/lib/map/region.ts';
import { writeOrCheck } from './lib/generated-file.ts';

function naturalEarthDir(): string {
  const fromEnv = process.env['NATURAL_EARTH_DIR'];
  if (fromEnv) return resolve(fromEnv);
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'shared/data/natural-earth'), join(dir, '../shared/data/natural-earth')]) {
      if (existsSync(join(candidate, 'ne_10m_rivers_lake_centerlines.json'))) return candidate;
    }
    if (dirname(dir) === dir) break;
  }
  console.error('npm run basemap: Natural Earth 1:10m not found. Set NATURAL_EARTH_DIR to the folder holding ne_10m_rivers_lake_centerlines.json and the other layers (see docs/map.md).');
  process.exit(2);
}

const ne = naturalEarthDir();
const layer = (name: string): FeatureCollection => JSON.parse(readFileSync(join(ne, `ne_10m_${name}.json`), 'utf8')) as FeatureCollection;
const sources: BasemapSources = {
  world: loadWorld('10m'),
  rivers: layer('rivers_lake_centerlines'),
  lakes: layer('lakes'),
  playas: layer('playas'),
  towns: layer('populated_places_simple'),
  admin1: layer('admin_1_label_points'),
  peaks: layer('geography_regions_elevation_points'),
  regions: layer('geography_regions_points'),
};

let stale = 0;
const written = new Set<string>();
for (const dir of BASEMAP_REPORT_DIRS) {
  for (const path of reportFiles(dir)) {
    const report = loadReport(path, readFileSync(path, 'utf8'), reportContext()).data;
    if (!report) {
      console.error(`${path}: not a valid report; run npm run check`);
      stale++;
      continue;
    }
    const slug = basename(path).replace(/\.mdx?$/, '');
    const file = basemapFile(slug);
    const text = serialiseBasemap(makeBasemap(sources, mapRegion(report)));
    written.add(basename(file));
    writeOrCheck(file, text, 'npm run basemap', process.argv);
  }
}
for (const name of existsSync(BASEMAP_DIR) ? readdirSync(BASEMAP_DIR) : []) {
  if (name.endsWith('.json') && !written.has(name)) console.warn(`${join(BASEMAP_DIR, name)}: no report of that name any more; delete it if nothing else uses it`);
}
process.exitCode = stale > 0 ? 1 : 0;
