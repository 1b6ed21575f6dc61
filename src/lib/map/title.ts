/** The static map's title, generated from the data: what it shows and where (`Map of the report's 25 places in Syria, 3 axes and the Euphrates`). */
import { formatNumber } from '../i18n/format.ts';
import { t } from '../i18n/catalogue.ts';
import { countryName } from '../acled/countries.ts';
import { listOf } from './words.ts';
import type { MapModel } from './model.ts';

export function mapTitle(model: MapModel): string {
  const { locale } = model;
  const count = formatNumber(locale, model.places.length);
  const parts = [
    model.focusCountries.length > 0
      ? t(locale, 'map.title.placesIn', { count, countries: listOf(locale, model.focusCountries.map((iso) => countryName(iso, locale))) })
      : t(locale, 'map.title.places', { count }),
  ];
  const axes = model.axes.filter((a) => a.arrows.length > 0).length;
  if (axes > 0) parts.push(axes === 1 ? t(locale, 'map.title.axis') : t(locale, 'map.title.axes', { count: formatNumber(locale, axes) }));
  const shipments = model.shipments.length;
  if (shipments > 0) parts.push(shipments === 1 ? t(locale, 'map.title.shipment') : t(locale, 'map.title.shipments', { count: formatNumber(locale, shipments) }));
  for (const o of model.overlays) if (o.lines.length > 0) parts.push(t(locale, 'map.title.overlay', { name: o.name }));
  return t(locale, 'map.title', { what: listOf(locale, parts) });
}
