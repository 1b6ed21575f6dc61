/** The atlas's bundle, filter index and filter, read from the site's real reports with the site's registry. */
import { describe, expect, it } from 'vitest';
import { registryContext } from '../../../../src/lib/registry/load.ts';
import { readRegistry } from '../../../../src/lib/registry/read.ts';
import { endOf, startOf } from '../../../../src/lib/time/calendar.ts';
import { applyFilter, atlasBundle, atlasData, atlasFacets, atlasSummary, atlasViews, encodeFilter, matches, parseFilter } from '../../../../src/lib/view/atlas.ts';
import { entityIndex } from '../../../../src/lib/view/entities.ts';
import { syntheticReport } from '../../../../src/lib/timeline/synthetic.ts';
import { siteReports } from '../../../helpers/registry-site.ts';

const reports = siteReports();
const index = entityIndex(reports, registryContext(readRegistry()));
const bundle = atlasBundle(index, 'Atlas');
const data = atlasData(index, bundle);
const facets = atlasFacets(index, data.events);
const allPlaces = bundle.places.map((p) => p.id);
/** The reports the atlas reads: one version of a translated report (the English one), as the entity pages. */
const shown = [...index.reports.values()];

describe('atlasBundle()', () => {
  it('holds every published report once (one version of a translation) and each of their events once', () => {
    expect(shown.length).toBeGreaterThan(1);
    const translated = reports.filter((r) => r.data.translationOf);
    for (const t of translated) expect(shown.some((r) => r.slug === t.slug) && shown.some((r) => r.slug === t.data.translationOf)).toBe(false);
    const expected = new Set(shown.flatMap((r) => r.data.events.map((e) => e.id)));
    const ids = bundle.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(expected);
    // An event two reports tell is one mark, found under both.
    const shared = [...index.events.values()].find((e) => new Set(e.accounts.map((a) => a.slug)).size > 1);
    expect(shared).toBeDefined();
    expect(data.events.find((e) => e.id === shared!.id)?.reports).toEqual([...new Set(shared!.accounts.map((a) => a.slug))]);
  });

  it('holds every place the reports carry once, at the registry’s coordinates, and every place an event names', () => {
    expect(new Set(allPlaces).size).toBe(allPlaces.length);
    for (const r of shown) for (const p of r.data.places) expect(allPlaces).toContain(p.id);
    for (const e of bundle.events) for (const p of e.places) expect(allPlaces).toContain(p);
    for (const p of bundle.places) {
      const entity = index.places.get(p.id)!;
      expect([p.lat, p.lon]).toEqual([entity.data.lat, entity.data.lon]);
    }
  });

  it('spans the events’ days and draws each event as one mark (no report’s counts)', () => {
    const days = bundle.events.flatMap((e) => [startOf(e.date), endOf(e.date)]).sort();
    expect(bundle.period).toEqual({ start: days[0], end: days.at(-1) });
    expect(bundle.events.every((e) => e.count === undefined)).toBe(true);
    // Dated by its newest report, not by its first event.
    expect(endOf(bundle.published)).toBe(shown.map((r) => endOf(r.data.published)).sort().at(-1));
  });
});

describe('the filter', () => {
  const eventsOfReport = (slug: string) => new Set(index.reports.get(slug)!.data.events.map((e) => e.id));

  it('by report keeps that report’s events and the places they happened at', () => {
    for (const r of shown) {
      const kept = applyFilter(data.events, { report: r.slug }, allPlaces);
      expect(kept.events).toEqual(eventsOfReport(r.slug));
      // Its own accounts' places, and those another report gives for an event they both tell.
      for (const p of r.data.events.flatMap((e) => e.places)) expect(kept.places.has(p)).toBe(true);
      const told = new Set([...index.events.values()].filter((e) => kept.events.has(e.id)).flatMap((e) => e.accounts.flatMap((a) => a.event.places)));
      expect(kept.places).toEqual(told);
    }
  });

  it('by actor keeps the events it acted in or was acted against', () => {
    const actor = facets.actors[0]!;
    const kept = applyFilter(data.events, { actor: actor.value }, allPlaces);
    const accounts = (id: string) => index.events.get(id)!.accounts.map((a) => a.event);
    const expected = bundle.events.filter((e) => accounts(e.id).some((a) => a.actors.by.includes(actor.value) || a.actors.against.includes(actor.value))).map((e) => e.id);
    expect([...kept.events].sort()).toEqual(expected.sort());
    expect(kept.events.size).toBe(actor.count);
  });

  it('by event type and by country', () => {
    for (const type of facets.types) {
      const kept = applyFilter(data.events, { type: type.value }, allPlaces);
      expect([...kept.events].sort()).toEqual(bundle.events.filter((e) => e.type === type.value).map((e) => e.id).sort());
    }
    const placeCountry = new Map(bundle.places.map((p) => [p.id, p.country]));
    for (const country of facets.countries) {
      const kept = applyFilter(data.events, { country: country.value }, allPlaces);
      const expected = bundle.events.filter((e) => index.events.get(e.id)!.accounts.some((a) => a.event.places.some((p) => placeCountry.get(p) === country.value))).map((e) => e.id);
      expect([...kept.events].sort()).toEqual(expected.sort());
      expect(kept.events.size).toBeGreaterThan(0);
    }
  });

  it('by date keeps the events whose possible days meet the range', () => {
    const middle = data.events[Math.floor(data.events.length / 2)]!;
    const kept = applyFilter(data.events, { from: middle.start, to: middle.start }, allPlaces);
    expect(kept.events.has(middle.id)).toBe(true);
    for (const e of data.events) expect(kept.events.has(e.id)).toBe(e.start <= middle.start && e.end >= middle.start);
    expect(applyFilter(data.events, { from: facets.first, to: facets.last }, allPlaces).events.size).toBe(data.events.length);
  });

  it('combines its fields, and an empty filter shows every event and place', () => {
    const r = shown[0]!;
    const type = data.events.find((e) => e.reports.includes(r.slug))!.type;
    const kept = applyFilter(data.events, { report: r.slug, type }, allPlaces);
    for (const e of data.events) expect(kept.events.has(e.id)).toBe(e.reports.includes(r.slug) && e.type === type);
    const all = applyFilter(data.events, {}, allPlaces);
    expect(all.events.size).toBe(data.events.length);
    expect(all.places).toEqual(new Set(allPlaces));
  });

  it('is kept in the query string, in a fixed order, and drops what is malformed', () => {
    expect(encodeFilter({ to: '2024-02-01', report: 'a-report', country: 'SY' })).toBe('report=a-report&country=SY&to=2024-02-01');
    expect(parseFilter('?report=a-report&country=SY&to=2024-02-01')).toEqual({ report: 'a-report', country: 'SY', to: '2024-02-01' });
    expect(parseFilter('report=%3Cscript%3E&from=yesterday&type=')).toEqual({});
    // A reversed range reads as the range it names.
    expect(parseFilter('from=2024-02-01&to=2023-10-01')).toEqual({ from: '2023-10-01', to: '2024-02-01' });
    expect(matches(data.events[0]!, parseFilter(encodeFilter({ report: data.events[0]!.reports[0] })))).toBe(true);
  });
});

describe('atlasFacets() and atlasSummary()', () => {
  it('offers every report with its count of events, and the events’ first and last days', () => {
    expect(facets.reports.map((r) => r.value)).toEqual(shown.map((r) => r.slug));
    for (const r of facets.reports) expect(r.count).toBe(new Set(index.reports.get(r.value)!.data.events.map((e) => e.id)).size);
    expect(facets.first).toBe(bundle.period.start);
    expect(facets.last).toBe(bundle.period.end);
  });

  it('counts every event once, per week and type', () => {
    const report = syntheticReport(1000);
    const big = entityIndex([{ slug: 'synthetic', data: report, paragraphs: [] }], { places: new Map(), actors: new Map(), sources: new Map() });
    const summary = atlasSummary(atlasData(big, atlasBundle(big, 'Atlas')).events);
    expect(summary.counts.flat().reduce((a, b) => a + b, 0)).toBe(1000);
    expect(summary.weeks.every((w) => new Date(`${w}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
    expect(summary.weeks.length).toBeLessThanOrEqual(54);
  });
});

describe('atlasViews()', () => {
  it('draws everything up to the limit; above it the map and linked views get the places alone, the timeline every event', () => {
    const whole = atlasViews(bundle);
    expect(whole.split).toBe(false);
    expect(whole.map.events).toHaveLength(bundle.events.length);
    const split = atlasViews(bundle, bundle.events.length - 1);
    expect(split.split).toBe(true);
    expect(split.map.events).toEqual([]);
    expect(split.map.places).toEqual(bundle.places);
    expect(split.linked.events).toEqual([]);
    expect(split.timeline.events).toHaveLength(bundle.events.length);
  });
});
