/**
 * The report's geography as GeoJSON (RFC 7946): places as points with their precision and
 * radius, axes and shipments as lines from each origin to each target. For GIS tools.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Report } from '../schema/report.ts';

type Props = Record<string, string | number | string[] | null>;

export function reportGeoJson(report: Report): FeatureCollection<Point | LineString, Props> {
  const places = new Map(report.places.map((p) => [p.id, p]));
  const at = (id: string): [number, number] | undefined => {
    const p = places.get(id);
    return p ? [p.lon, p.lat] : undefined;
  };
  const features: Feature<Point | LineString, Props>[] = report.places.map((p) => ({
    type: 'Feature',
    id: `place:${p.id}`,
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: {
      kind: p.kind,
      name: p.name,
      precision: p.precision,
      radius_km: p.radiusKm ?? null,
      country: p.country ?? null,
      admin1: p.admin1 ?? null,
      events: report.events.filter((e) => e.places.includes(p.id)).map((e) => e.id),
      sources: p.sources,
    },
  }));
  const line = (id: string, name: string, kind: string, from: string[], to: string[], extra: Props): void => {
    for (const a of from) {
      for (const b of to) {
        const start = at(a);
        const end = at(b);
        if (!start || !end) continue;
        features.push({ type: 'Feature', id: `${kind}:${id}:${a}:${b}`, geometry: { type: 'LineString', coordinates: [start, end] }, properties: { kind, id, name, from: a, to: b, ...extra } });
      }
    }
  };
  for (const x of report.axes) line(x.id, x.name, 'axis', x.from, x.to, { confidence: x.confidence, sources: x.sources });
  for (const s of report.shipments) line(s.id, s.name, 'shipment', [s.from], [s.to], { confidence: s.confidence, sources: s.sources });
  return { type: 'FeatureCollection', features };
}
