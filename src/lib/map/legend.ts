/** The map's legend entries, each a layer the reader can switch on and off (kinds present, lines, areas). */
import type { MapModel } from './model.ts';
import type { PlaceKind } from '../schema/place.ts';

export interface LegendToggle {
  /** Layer key shared by the page and the script: `kind:<kind>`, `axes`, `shipments`, `overlay:<id>`, `areas`. */
  key: string;
  label: string;
  /** A kind's symbol, or a CSS swatch class for lines and areas. */
  kind?: PlaceKind;
  swatch?: 'swatch-axis' | 'swatch-shipment' | 'swatch-river' | 'swatch-area';
}

export function legendToggles(model: MapModel): LegendToggle[] {
  const toggles: LegendToggle[] = model.legend.map((l) => ({ key: `kind:${l.kind}`, label: `${l.label} (${l.count})`, kind: l.kind }));
  if (model.axes.some((a) => a.arrows.length > 0)) toggles.push({ key: 'axes', label: 'axes of operation', swatch: 'swatch-axis' });
  if (model.shipments.length > 0) toggles.push({ key: 'shipments', label: 'shipments', swatch: 'swatch-shipment' });
  for (const o of model.overlays) if (o.lines.length > 0) toggles.push({ key: `overlay:${o.id}`, label: `${o.name} (${o.precision.replace(/\.$/, '')})`, swatch: 'swatch-river' });
  if (model.places.some((p) => p.radiusKm !== null && p.precision !== 'exact')) toggles.push({ key: 'areas', label: 'areas and uncertainty radii', swatch: 'swatch-area' });
  return toggles;
}
