import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { reportFiles } from '../../../../src/lib/check/files.ts';
import { BASEMAP_VERSION } from '../../../../src/lib/map/basemap/layers.ts';
import { makeBasemap, plainName } from '../../../../src/lib/map/basemap/make.ts';
import { readBasemap } from '../../../../src/lib/map/basemap/read.ts';
import { BASEMAP_REPORT_DIRS, findBasemap, serialiseBasemap } from '../../../../src/lib/map/basemap/store.ts';
import { loadWorld } from '../../../../src/lib/map/datasets.ts';
import { mapRegion } from '../../../../src/lib/map/region.ts';
import { loadReport } from './reports.ts';

const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const f = (geometry: Geometry, properties: Record<string, unknown>): Feature => ({ type: 'Feature', geometry, properties });

/** A few made-up Natural Earth features (synthetic, for the test) in and around a box over northern Syria. */
const region = { west: 38, south: 35, east: 40, north: 37 };
const sources = {
  world: loadWorld('10m'),
  rivers: fc([
    f({ type: 'LineString', coordinates: [[37, 36], [39, 36], [41, 35.5]] }, { name: 'Test River', name_en: 'Test River', scalerank: 3 }),
    f({ type: 'LineString', coordinates: [[10, 10], [11, 11]] }, { name: 'Far River', scalerank: 1 }),
  ]),
  // Wound counter-clockwise, as RFC 7946 GeoJSON is: the basemap must rewind it for d3.
  lakes: fc([f({ type: 'Polygon', coordinates: [[[38.2, 36.2], [38.4, 36.2], [38.4, 36.4], [38.2, 36.4], [38.2, 36.2]]] }, { name: 'Test Lake', scalerank: 5, featurecla: 'Reservoir' })]),
  towns: fc([
    f({ type: 'Point', coordinates: [38.5, 36.5] }, { name: 'Big Town', scalerank: 2, min_zoom: 4, pop_max: 100000, featurecla: 'Admin-1 capital' }),
    f({ type: 'Point', coordinates: [39.5, 35.5] }, { name: 'Small Town', scalerank: 8, min_zoom: 7, pop_max: 5000, featurecla: 'Populated place' }),
    f({ type: 'Point', coordinates: [39.6, 35.6] }, { name: 'Hamlet', scalerank: 10, min_zoom: 9.5, pop_max: 200, featurecla: 'Populated place' }),
    f({ type: 'Point', coordinates: [45, 30] }, { name: 'Outside', scalerank: 1, min_zoom: 2, pop_max: 1e6 }),
  ]),
  admin1: fc([f({ type: 'Point', coordinates: [39, 36] }, { name: 'Aleppo (Halab)', iso_a2: 'SY', scalerank: 6 })]),
};

describe('makeBasemap()', () => {
  const basemap = makeBasemap(sources, region);
  const layers = readBasemap(basemap);

  it('keeps what lies in the region, clipped to it, and names every feature', () => {
    expect(layers.rivers.features.map((r) => r.properties.name)).toEqual(['Test River']);
    const xs = layers.rivers.features.flatMap((r) => (r.geometry.type === 'LineString' ? r.geometry.coordinates : r.geometry.coordinates.flat())).map((p) => p[0] as number);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(region.west - 1e-3);
    expect(Math.max(...xs)).toBeLessThanOrEqual(region.east + 1e-3);
    expect(layers.water.features.map((w) => [w.properties.name, w.properties.kind])).toEqual([['Test Lake', 'reservoir']]);
    expect(layers.admin1.features.map((a) => a.properties.name)).toEqual(['Aleppo']);
    expect(layers.countries.features.map((c) => c.properties.name)).toEqual(expect.arrayContaining(['Syria', 'Turkey']));
    expect(layers.borders.features.length).toBe(1);
  });

  it('keeps towns by rank and leaves out those Natural Earth shows only when zoomed far in', () => {
    expect(layers.towns.features.map((t) => [t.properties.name, t.properties.rank, t.properties.capital])).toEqual([
      ['Big Town', 2, 2],
      ['Small Town', 8, 0],
    ]);
  });

  it('winds areas the way d3 reads them, so a lake is a lake and not the globe without it', () => {
    const lake = layers.water.features[0]!;
    expect(geoArea(lake)).toBeLessThan(0.001);
    for (const country of layers.countries.features) expect(geoArea(country)).toBeLessThan(0.1);
  });

  it('is deterministic: the same sources give the same bytes', () => {
    expect(serialiseBasemap(makeBasemap(sources, region))).toBe(serialiseBasemap(basemap));
    expect(basemap.sitrep).toEqual({ version: BASEMAP_VERSION, region: [38, 35, 40, 37], sources: expect.any(Array) });
  });

  it('plainName() drops the alternative spelling in brackets', () => {
    expect(plainName('Homs (Hims)')).toBe('Homs');
    expect(plainName('Rif Dimashq')).toBe('Rif Dimashq');
  });
});

describe('the committed basemaps (src/data/basemaps)', () => {
  const reports = BASEMAP_REPORT_DIRS.flatMap((dir) => reportFiles(dir)).map((file) => ({ file, slug: file.replace(/^.*\//, '').replace(/\.mdx?$/, '') }));

  it.each(reports)('$slug has its own basemap, made for its region by this version of the generator (else run npm run basemap)', ({ file, slug }) => {
    const found = findBasemap(slug, mapRegion(loadReport(file)));
    expect(found.from).toBe('own');
    expect(found.topology.sitrep.version).toBe(BASEMAP_VERSION);
    const [west, south, east, north] = found.topology.sitrep.region;
    expect({ west, south, east, north }).toEqual(mapRegion(loadReport(file)));
  });

  it.each(reports)('$slug\'s basemap is small (under 20 KB gzip) and names its reference features', ({ slug, file }) => {
    const { topology } = findBasemap(slug, mapRegion(loadReport(file)));
    const bytes = gzipSync(serialiseBasemap(topology)).length;
    console.log(`basemap ${slug}: ${serialiseBasemap(topology).length} bytes, ${bytes} bytes gzip`);
    expect(bytes).toBeLessThan(20_000);
    const layers = readBasemap(topology);
    // At least one reference town: the Tower 22 report's desert region holds a single one (Tadmur) in Natural Earth.
    expect(layers.towns.features.length).toBeGreaterThan(0);
    expect(layers.rivers.features.every((r) => typeof r.properties.name === 'string')).toBe(true);
  });

  it('a report outside every committed basemap gets countries alone, from world-atlas', () => {
    const found = findBasemap('nowhere', { west: -60, south: -20, east: -55, north: -15 });
    expect(found.from).toBe('countries-only');
    const layers = readBasemap(found.topology);
    expect(layers.countries.features.length).toBeGreaterThan(0);
    expect(layers.towns.features).toEqual([]);
  });
});
