/**
 * Decodes a basemap topology into GeoJSON layers (topojson-client), the same way at build time and in the
 * browser: each layer a FeatureCollection whose features carry their names.
 */
import type { FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Admin1Props, BasemapObjects, BasemapTopology, CountryProps, PhysicalProps, RiverProps, TownProps, WaterProps } from './layers.ts';

export interface BasemapLayers {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  borders: FeatureCollection<LineString | MultiLineString>;
  coast: FeatureCollection<LineString | MultiLineString>;
  water: FeatureCollection<Polygon | MultiPolygon, WaterProps>;
  rivers: FeatureCollection<LineString | MultiLineString, RiverProps>;
  towns: FeatureCollection<Point, TownProps>;
  admin1: FeatureCollection<Point, Admin1Props>;
  physical: FeatureCollection<Point, PhysicalProps>;
  /** [west, south, east, north]: the region the basemap covers. */
  bbox: [number, number, number, number];
}

function layer<G extends Geometry, P>(t: BasemapTopology, name: keyof BasemapObjects): FeatureCollection<G, P> {
  const object = t.objects[name];
  // topojson-server writes an empty layer as `{ "type": null }`.
  if (!object || !('geometries' in object) || !Array.isArray(object.geometries)) return { type: 'FeatureCollection', features: [] };
  const fc = feature(t, object) as unknown as FeatureCollection<G | null, P>;
  return { type: 'FeatureCollection', features: fc.features.filter((f): f is typeof f & { geometry: G } => f.geometry !== null) } as FeatureCollection<G, P>;
}

export function readBasemap(t: BasemapTopology): BasemapLayers {
  return {
    countries: layer(t, 'countries'),
    borders: layer(t, 'borders'),
    coast: layer(t, 'coast'),
    water: layer(t, 'water'),
    rivers: layer(t, 'rivers'),
    towns: layer(t, 'towns'),
    admin1: layer(t, 'admin1'),
    physical: layer(t, 'physical'),
    bbox: t.sitrep.region,
  };
}
