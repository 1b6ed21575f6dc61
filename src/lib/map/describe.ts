/** The map in words, generated from its data: the figure's caption, read by screen readers with the static map. */
import { t } from '../i18n/catalogue.ts';
import { formatNumber } from '../i18n/format.ts';
import type { MapModel } from './model.ts';
import { kindLabel } from './symbols.ts';
import { listOf } from './words.ts';

export function describeMap(model: MapModel): string {
  const { locale } = model;
  const name = new Map(model.places.map((p) => [p.id, p.name]));
  const names = (ids: string[]) => listOf(locale, [...new Set(ids)].map((id) => name.get(id) ?? id));
  const groups = model.legend.map((entry) =>
    t(locale, 'map.caption.group', {
      count: formatNumber(locale, entry.count),
      kinds: kindLabel(locale, entry.kind, entry.count !== 1),
      names: listOf(locale, model.places.filter((p) => p.kind === entry.kind).map((p) => p.name)),
    }),
  );
  const parts = [t(locale, 'map.caption.places', { count: formatNumber(locale, model.places.length), groups: groups.join('; ') })];
  if (model.axes.length > 0) {
    const list = model.axes.map((a) =>
      t(locale, 'map.caption.axis', { name: a.name, from: names([...a.arrows.map((r) => r.from), ...a.unDrawn.map((u) => u.from)]), to: names([...a.arrows.map((r) => r.to), ...a.unDrawn.map((u) => u.to)]) }),
    );
    const axes = model.axes.length === 1 ? t(locale, 'map.caption.axisCount') : t(locale, 'map.caption.axesCount', { count: formatNumber(locale, model.axes.length) });
    parts.push(t(locale, 'map.caption.axes', { axes, list: list.join('; ') }));
  }
  for (const s of model.shipments) parts.push(t(locale, 'map.caption.shipment', { name: `${s.name.charAt(0).toLocaleLowerCase(locale)}${s.name.slice(1)}` }));
  for (const o of model.overlays) if (o.lines.length > 0) parts.push(t(locale, 'map.caption.overlay', { name: o.name, precision: o.precision.replace(/\.$/, '') }));
  if (model.places.some((p) => p.radiusKm !== null && p.precision !== 'exact')) parts.push(t(locale, 'map.caption.areas'));
  parts.push(t(locale, 'map.caption.basemap'));
  return parts.join(' ');
}
