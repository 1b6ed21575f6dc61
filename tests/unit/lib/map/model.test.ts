import { describe, expect, it } from 'vitest';
import { EVENT_LIMIT, mergeSpans, toMapModel } from '../../../../src/lib/map/model.ts';
import { syntheticReport } from '../../../../src/lib/timeline/synthetic.ts';
import { containsPoint } from '../../../../src/lib/map/geo.ts';
import { mapTitle } from '../../../../src/lib/map/title.ts';
import { OTHER, SEED, loadReport, mapOf } from './reports.ts';

const report = loadReport(SEED);
const { model } = mapOf(report, 'iran-militias-syria-2023');

describe('toMapModel()', () => {
  it('gives al-Tanf a marker at its coordinates, named for screen readers', () => {
    const tanf = model.places.find((p) => p.id === 'al-tanf');
    expect(tanf).toMatchObject({ lat: 33.5058, lon: 38.6178, kind: 'coalition-base', precision: 'exact', area: false });
    expect(tanf?.accessibleName).toBe('al-Tanf base, coalition base');
  });

  it('has one marker per place with coordinates, north to south', () => {
    expect(model.places).toHaveLength(report.places.length);
    const lats = model.places.map((p) => p.lat);
    expect(lats).toEqual([...lats].sort((a, b) => b - a));
  });

  it('draws region places as areas with their radius', () => {
    const province = model.places.find((p) => p.id === 'deir-ez-zor-province');
    expect(province).toMatchObject({ area: true, precision: 'region', radiusKm: 100 });
    for (const p of model.places.filter((q) => q.precision !== 'exact')) expect(p.radiusKm).toBeGreaterThan(0);
  });

  it('lists the events at each place, with the count spread over its places', () => {
    const omar = model.places.find((p) => p.id === 'al-omar');
    const attacks = omar?.events.find((e) => e.id === 'attacks-syria-oct17-nov09');
    expect(attacks).toMatchObject({ count: 22, places: 6, start: '2023-10-17', end: '2023-11-09' });
    expect(model.eventPlaces['us-strikes-2023-11-12']).toEqual(['al-bukamal', 'al-mayadin']);
  });

  it('gives every axis arrows with from/to coordinates and a short label', () => {
    const tanf = model.axes.find((a) => a.id === 'axis-tanf');
    expect(tanf?.shortName).toBe('Second axis');
    expect(tanf?.arrows).toEqual([
      expect.objectContaining({ from: 'syrian-iraqi-desert', to: 'al-tanf', line: [[38.7936, 33.3747], [38.6178, 33.5058]] }),
    ]);
    const euphrates = model.axes.find((a) => a.id === 'axis-euphrates');
    expect(euphrates?.arrows.map((a) => a.from)).toEqual(['al-bukamal-countryside', 'al-ashara', 'al-mayadin', 'deir-ez-zor']);
  });

  it('does not draw an arrow from a place to an area centred on it', () => {
    const hasakah = model.axes.find((a) => a.id === 'axis-hasakah');
    expect(hasakah?.unDrawn).toEqual([{ from: 'al-hasakah', to: 'al-hasakah-countryside' }]);
    expect(hasakah?.arrows.map((a) => a.from)).toEqual(['qamishli']);
  });

  it('draws the shipment, and the Euphrates overlay from the basemap\'s river of that name', () => {
    expect(model.shipments[0]).toMatchObject({ from: 'damascus', to: 'qamishli-airport', line: [[36.2919, 33.5131], [41.1914, 37.0206]] });
    const river = model.overlays.find((o) => o.id === 'euphrates');
    expect(river?.feature).toBe('Al Furat');
    expect(river?.lines.flat().length).toBeGreaterThan(20);
    expect(river?.sources.map((s) => s.id)).toEqual(['natural-earth']);
  });

  it('emphasises the country the report\'s places lie in, found from their coordinates, not from a name in the code', () => {
    expect(model.focusCountries).toEqual(['SY']);
    const other = mapOf(loadReport(OTHER), 'donbas-2022-2023').model;
    expect(other.focusCountries).toEqual(['UA']);
  });

  it('mapTitle() says what the map shows and where, from the data', () => {
    expect(mapTitle(model)).toBe("Map of the report's 25 places in Syria, 3 axes, a shipment route, and the Euphrates");
    expect(mapTitle(mapOf(loadReport(OTHER), 'donbas-2022-2023').model)).toBe("Map of the report's 5 places in Ukraine");
  });

  it('frames every point place, and legends the kinds present in order', () => {
    for (const p of model.places.filter((q) => !q.area)) expect(containsPoint(model.frame, [p.lon, p.lat])).toBe(true);
    expect(model.legend.map((l) => l.kind)).toEqual(['coalition-base', 'airport', 'camp', 'city', 'town', 'region']);
    expect(model.legend.find((l) => l.kind === 'coalition-base')?.count).toBe(6);
  });
});

describe('describeMap()', () => {
  it('names every place, the axes and the river', async () => {
    const { describeMap } = await import('../../../../src/lib/map/describe.ts');
    const text = describeMap(model);
    for (const p of report.places) expect(text).toContain(p.name);
    expect(text).toContain('6 coalition bases (');
    expect(text).toContain('Second axis — missile and drone attacks on al-Tanf, from Syrian and Iraqi deserts to al-Tanf base');
    expect(text).toContain('The Euphrates is drawn in blue');
    expect(text).toContain('Reference towns, rivers and lakes');
  });
});

describe('toMapModel() on a large report', () => {
  it('lists at most EVENT_LIMIT events per place, counts them all, and keeps every day in its spans', () => {
    const big = syntheticReport(2000);
    const large = toMapModel(big);
    const busiest = [...large.places].sort((a, b) => b.eventCount - a.eventCount)[0]!;
    expect(busiest.eventCount).toBeGreaterThan(EVENT_LIMIT);
    expect(busiest.events).toHaveLength(EVENT_LIMIT);
    const days = big.events.filter((e) => e.places.includes(busiest.id)).map((e) => (typeof e.date === 'string' ? e.date : e.date.start));
    for (const day of days) expect(busiest.spans.some(([a, b]) => a <= day && day <= b)).toBe(true);
  });

  it('mergeSpans() joins spans that overlap or touch', () => {
    expect(mergeSpans([['2023-10-20', '2023-10-22'], ['2023-10-17', '2023-10-19'], ['2023-10-25', '2023-10-25']])).toEqual([
      ['2023-10-17', '2023-10-22'],
      ['2023-10-25', '2023-10-25'],
    ]);
  });
});
