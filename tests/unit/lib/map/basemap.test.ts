import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { makeBasemap } from '../../../../src/lib/map/basemap.ts';
import { loadWorld } from '../../../../src/lib/map/datasets.ts';
import { boundsOf, containsPoint, type LonLat } from '../../../../src/lib/map/geo.ts';
import { toMapModel } from '../../../../src/lib/map/model.ts';
import { toStaticMap } from '../../../../src/lib/map/frame.ts';
import { loadSeed } from './seed.ts';

const report = loadSeed();
const model = toMapModel(report);
const basemap = makeBasemap(loadWorld('10m'), model.clip);

describe('makeBasemap()', () => {
  it('covers every focus place, inside the clip box', () => {
    const [west, south, east, north] = basemap.bbox;
    for (const p of report.places) expect(containsPoint({ west, south, east, north }, [p.lon, p.lat])).toBe(true);
    const coords = basemap.features.flatMap((f) => (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat(2) : f.geometry.coordinates.flat())) as LonLat[];
    const extent = boundsOf(coords)!;
    expect(extent.west).toBeGreaterThanOrEqual(west);
    expect(extent.east).toBeLessThanOrEqual(east);
    expect(extent.south).toBeGreaterThanOrEqual(south);
    expect(extent.north).toBeLessThanOrEqual(north);
  });

  it('keeps the region\'s countries and drops the rest of the world', () => {
    const names = basemap.features.flatMap((f) => (f.properties.layer === 'country' ? [f.properties.name] : []));
    expect(names).toEqual(expect.arrayContaining(['Syria', 'Iraq', 'Turkey', 'Jordan', 'Lebanon']));
    expect(names).not.toContain('France');
    expect(basemap.features.some((f) => f.properties.layer === 'border')).toBe(true);
  });

  it('is kilobytes, not the world (world-atlas 10m is 3.6 MB)', () => {
    const bytes = Buffer.byteLength(JSON.stringify(basemap));
    expect(bytes).toBeLessThan(80_000);
    expect(gzipSync(JSON.stringify(basemap)).length).toBeLessThan(30_000);
  });
});

describe('toStaticMap()', () => {
  const svg = toStaticMap(model, basemap, 800);

  it('keeps the frame\'s aspect and draws one symbol per place', () => {
    expect(svg.width).toBe(800);
    expect(svg.height).toBeGreaterThan(400);
    expect(svg.height).toBeLessThan(900);
    expect(svg.markers).toHaveLength(report.places.length);
  });

  it('projects al-Tanf south-west of Qamishli and inside the box', () => {
    const tanf = svg.markers.find((m) => m.id === 'al-tanf')!;
    const qamishli = svg.markers.find((m) => m.id === 'qamishli')!;
    expect(tanf.x).toBeLessThan(qamishli.x);
    expect(tanf.y).toBeGreaterThan(qamishli.y);
    for (const m of svg.markers.filter((n) => !n.place.area)) {
      expect(m.x).toBeGreaterThanOrEqual(0);
      expect(m.x).toBeLessThanOrEqual(svg.width);
      expect(m.y).toBeGreaterThanOrEqual(0);
      expect(m.y).toBeLessThanOrEqual(svg.height);
    }
  });

  it('sets apart markers that share a point and labels every town', () => {
    const at = (id: string) => svg.markers.find((m) => m.id === id)!;
    const spots = ['deir-ez-zor', 'deir-ez-zor-province', 'deir-ez-zor-countryside'].map((id) => `${at(id).sx},${at(id).sy}`);
    expect(new Set(spots).size).toBe(3);
    expect(at('deir-ez-zor').moved).toBe(false);
    for (const m of svg.markers.filter((n) => !n.place.area)) expect(m.label?.text).toBe(m.place.name);
  });

  it('has a scale bar of a round length', () => {
    expect([10, 20, 50, 100, 200]).toContain(svg.scale.km);
    expect(svg.scale.px).toBeGreaterThan(40);
  });
});
