/**
 * Reports the map's tests run on: the seed, the other-region fixture (eastern Ukraine), and a dense synthetic
 * report (clearly synthetic: made-up names at seeded random points in the seed's region), each with its
 * committed basemap decoded.
 */
import { readFileSync } from 'node:fs';
import { readBasemap, type BasemapLayers } from '../../../../src/lib/map/basemap/read.ts';
import { findBasemap } from '../../../../src/lib/map/basemap/store.ts';
import { toMapModel, type MapModel } from '../../../../src/lib/map/model.ts';
import { mapRegion } from '../../../../src/lib/map/region.ts';
import { loadReport as load, type Report } from '../../../../src/lib/report/index.ts';
import { seededRandom } from '../../../../src/lib/util/random.ts';
import { reportContext } from '../../../../src/integrations/site-config.ts';

export const SEED = 'content/reports/iran-militias-syria-2023.mdx';
export const OTHER = 'tests/fixtures/reports/other-region/donbas-2022-2023.mdx';

export function loadReport(file: string): Report {
  const loaded = load(file, readFileSync(file, 'utf8'), reportContext());
  if (!loaded.data) throw new Error(`${file} does not load: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
  return loaded.data;
}

const KINDS = ['coalition-base', 'militia-site', 'town', 'city', 'airport', 'camp', 'crossing'] as const;
const WORDS = ['North', 'Old', 'Upper', 'Lower', 'New', 'West', 'East', 'South'];
const STEMS = ['Tal Abyad', 'Wadi Suq', 'Hamra', 'Qasr Bint', 'Ain Zarqa', 'Jisr', 'Burj', 'Khirbet Umm', 'Ras', 'Deir Saman'];

/** A synthetic report of `count` places (a sixth of them areas) at random points in a 4.5° × 2.8° box of the seed's region. */
export function denseReport(count = 40, seed = 7): Report {
  const rand = seededRandom(seed);
  const places: Report['places'] = Array.from({ length: count }, (_, i) => {
    const area = i % 6 === 5;
    const name = `${WORDS[i % WORDS.length]} ${STEMS[Math.floor(rand() * STEMS.length)]} ${i}`;
    const lat = Math.round((34 + rand() * 2.8) * 1e4) / 1e4;
    const lon = Math.round((37.5 + rand() * 4.5) * 1e4) / 1e4;
    return area
      ? { id: `area-${i}`, name: `${name} area`, aliases: [], kind: 'region', lat, lon, precision: 'region', radiusKm: 20 + Math.round(rand() * 40), sources: [] }
      : { id: `site-${i}`, name, aliases: [], kind: KINDS[i % KINDS.length] as (typeof KINDS)[number], lat, lon, precision: 'exact', sources: [] };
  });
  const base = loadReport(SEED);
  return { ...base, places, events: [], axes: [], shipments: [], overlays: [], tallies: [] };
}

export function mapOf(report: Report, slug: string): { model: MapModel; layers: BasemapLayers } {
  const layers = readBasemap(findBasemap(slug, mapRegion(report)).topology);
  return { model: toMapModel(report, { rivers: layers.rivers, countries: layers.countries, divisions: layers.admin1 }), layers };
}
