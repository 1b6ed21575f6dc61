/** The shipped basemap on the Leaflet map: countries (the report's own emphasised), waters, rivers, coast and borders. */
import L from 'leaflet';
import type { BasemapLayers } from '../../lib/map/basemap/read.ts';
import type { TileConfig } from '../../lib/map/config.ts';
import type { MapModel } from '../../lib/map/model.ts';
import { escapeMarkup } from '../../lib/text/escape.ts';

/** Draws the basemap; returns the layer of reference features (rivers) the legend can switch off. */
export function drawBasemap(map: L.Map, layers: BasemapLayers, model: MapModel, tiles: TileConfig | null): L.LayerGroup {
  if (tiles) L.tileLayer(tiles.url, { maxZoom: tiles.maxZoom, attribution: escapeMarkup(tiles.attribution) }).addTo(map);
  const opts = { pane: 'basemap', interactive: false } as const;
  const focus = new Set(model.focusCountries);
  L.geoJSON(layers.countries, {
    ...opts,
    style: (f) => ({ stroke: false, fillColor: focus.has((f?.properties as { iso?: string } | undefined)?.iso ?? '') ? '#fbfaf6' : '#ebe9e2', fillOpacity: tiles ? 0 : 1 }),
  }).addTo(map);
  L.geoJSON(layers.water, {
    ...opts,
    style: (f) => ((f?.properties as { kind?: string } | undefined)?.kind === 'playa' ? { stroke: false, fillColor: '#efe6d2', fillOpacity: 1 } : { color: '#9ebfd9', weight: 0.5, fillColor: '#c9dceb', fillOpacity: 1 }),
  }).addTo(map);
  const reference = L.layerGroup().addTo(map);
  const overlays = new Set(model.overlays.map((o) => o.feature));
  const rivers: typeof layers.rivers = { type: 'FeatureCollection', features: layers.rivers.features.filter((f) => !overlays.has(f.properties.name)) };
  L.geoJSON(
    rivers,
    { ...opts, pane: 'reference', style: (f) => ({ color: '#9dbfdc', weight: riverWeight((f?.properties as { rank?: number } | undefined)?.rank ?? 9), lineCap: 'round' }) },
  ).addTo(reference);
  L.geoJSON(layers.coast, { ...opts, style: () => ({ color: '#9ebfd9', weight: 0.8 }) }).addTo(map);
  L.geoJSON(layers.borders, { ...opts, style: () => ({ color: '#8d8a82', weight: 1, dashArray: '5 2 1 2' }) }).addTo(map);
  return reference;
}

function riverWeight(rank: number): number {
  return rank <= 3 ? 1.8 : rank <= 4 ? 1.4 : rank <= 6 ? 1.1 : 0.8;
}
