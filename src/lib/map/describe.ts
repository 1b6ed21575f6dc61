/** The map in words, generated from its data: the alt text of the static map and the figure's caption. */
import type { MapModel, MapPlace } from './model.ts';
import { SYMBOLS } from './symbols.ts';

const PLURAL: Record<string, string> = { city: 'cities', 'region (area)': 'regions, drawn as areas' };

function plural(label: string, n: number): string {
  if (n === 1) return label;
  return PLURAL[label] ?? `${label}s`;
}

export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function describeMap(model: MapModel): string {
  const name = new Map(model.places.map((p) => [p.id, p.name]));
  const groups = model.legend.map((entry) => {
    const places = model.places.filter((p: MapPlace) => p.kind === entry.kind).map((p) => p.name);
    return `${entry.count} ${plural(SYMBOLS[entry.kind].label, entry.count)} (${listNames(places)})`;
  });
  const parts = [`Map of the ${model.places.length} places of the report: ${groups.join('; ')}.`];
  if (model.axes.length > 0) {
    const axes = model.axes.map((a) => `${a.name}, from ${listNames(uniq(a.arrows.map((r) => r.from).concat(a.unDrawn.map((u) => u.from))).map((id) => name.get(id) ?? id))} to ${listNames(uniq(a.arrows.map((r) => r.to).concat(a.unDrawn.map((u) => u.to))).map((id) => name.get(id) ?? id))}`);
    parts.push(`Arrows show ${model.axes.length === 1 ? 'one axis' : `${model.axes.length} axes`}: ${axes.join('; ')}.`);
  }
  for (const s of model.shipments) parts.push(`A dashed line shows the ${s.name.charAt(0).toLowerCase()}${s.name.slice(1)}.`);
  for (const o of model.overlays) parts.push(`The ${o.name} is drawn in blue (${o.precision.replace(/\.$/, '')}).`);
  parts.push('Dashed circles mark regions and approximate places with their radius.');
  return parts.join(' ');
}

function uniq(values: string[]): string[] {
  return [...new Set(values)];
}
