/** The map's legend entries, each a layer the reader can switch on and off (kinds present, lines, areas, the basemap's reference). */
import { t } from '../i18n/catalogue.ts';
import { formatNumber } from '../i18n/format.ts';
import type { PlaceKind } from '../schema/place.ts';
import type { MapModel } from './model.ts';

export interface LegendToggle {
  /** Layer key shared by the page and the script: `kind:<kind>`, `axes`, `shipments`, `overlay:<id>`, `areas`, `reference`. */
  key: string;
  label: string;
  /** A kind's symbol, or a CSS swatch class for lines and areas. */
  kind?: PlaceKind;
  swatch?: 'swatch-axis' | 'swatch-shipment' | 'swatch-river' | 'swatch-area' | 'swatch-reference';
}

export function legendToggles(model: MapModel): LegendToggle[] {
  const { locale } = model;
  const toggles: LegendToggle[] = model.legend.map((l) => ({ key: `kind:${l.kind}`, label: t(locale, 'map.legend.kind', { kind: l.label, count: formatNumber(locale, l.count) }), kind: l.kind }));
  if (model.axes.some((a) => a.arrows.length > 0)) toggles.push({ key: 'axes', label: t(locale, 'map.legend.axes'), swatch: 'swatch-axis' });
  if (model.shipments.length > 0) toggles.push({ key: 'shipments', label: t(locale, 'map.legend.shipments'), swatch: 'swatch-shipment' });
  for (const o of model.overlays) if (o.lines.length > 0) toggles.push({ key: `overlay:${o.id}`, label: t(locale, 'map.legend.overlay', { name: o.name, precision: o.precision.replace(/\.$/, '') }), swatch: 'swatch-river' });
  if (model.places.some((p) => p.radiusKm !== null && p.precision !== 'exact')) toggles.push({ key: 'areas', label: t(locale, 'map.legend.areas'), swatch: 'swatch-area' });
  toggles.push({ key: 'reference', label: t(locale, 'map.legend.reference'), swatch: 'swatch-reference' });
  return toggles;
}
