/**
 * Drift: the same thing declared twice without anyone noticing. Two entries of a kind that share a name or an
 * alias, or two places within `NEAR_KM` of each other under different ids, get a warning that names both and
 * suggests the shared id. One id declared with coordinates that disagree by more than its precision allows is an
 * error, and so is a report's own entry with the id of a registry entry (declare it once).
 */
import { geoDistance } from 'd3-geo';
import type { Problem } from '../check/problem.ts';
import { REGISTRY_LANG, namesOf, whereIs, type Declaration } from './declarations.ts';
import type { Registry } from './load.ts';
import { SINGULAR } from './schema.ts';

/** Two point places closer than this under different ids are probably one place. */
export const NEAR_KM = 1;
/** How far two declarations of one `exact` place may lie apart (a base or a town is about this big). */
export const EXACT_TOLERANCE_KM = 1;
const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km between two declared places. */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM;
}

interface Coordinates {
  lat: number;
  lon: number;
  precision: string;
  radiusKm: number | undefined;
}

/** A declaration's coordinates, when it is a place with numeric ones. */
export function coordinatesOf(d: Declaration): Coordinates | undefined {
  const { lat, lon, precision, radiusKm } = d.data;
  if (d.kind !== 'places' || typeof lat !== 'number' || typeof lon !== 'number') return undefined;
  return { lat, lon, precision: typeof precision === 'string' ? precision : 'exact', radiusKm: typeof radiusKm === 'number' ? radiusKm : undefined };
}

/** How far a place's point may be off and still be the place: its radius, or `EXACT_TOLERANCE_KM`. */
export function toleranceKm(c: Coordinates): number {
  return c.precision === 'exact' || c.radiusKm === undefined ? EXACT_TOLERANCE_KM : c.radiusKm;
}

/** A name as compared for drift: case, accents, apostrophes, hyphens and a leading "the" do not count. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'‘`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const isArea = (d: Declaration) => d.data['precision'] === 'region' || d.data['kind'] === 'region';
const round = (km: number) => (km < 10 ? km.toFixed(2) : km.toFixed(0));
const label = (d: Declaration) => `'${d.id}'${typeof (d.data['name'] ?? d.data['title']) === 'string' ? ` (${String(d.data['name'] ?? d.data['title'])})` : ''}`;
const at = (d: Declaration, severity: Problem['severity'], rule: string) => ({ file: d.file, ...d.locate(['id']), path: d.path ? `${d.path}.id` : '', severity, rule });
const apart = (km: number) => (km < 0.005 ? 'at the same point' : `${round(km)} km apart`);

/**
 * Every drift problem among `declarations` (the registry's first, then each report's, in file order). A problem
 * sits on the later of two declarations and names the earlier one.
 */
export function checkDrift(declarations: readonly Declaration[], registry: Registry): Problem[] {
  // A report's entry that redeclares a shared one gets that error alone, not a look-alike warning as well.
  const redeclares = (d: Declaration) => d.owner !== 'registry' && (registry.entries[d.kind].has(d.id) || registry.previous[d.kind].has(d.id));
  return [...sharedIdRedeclared(declarations, registry), ...sameIdTwice(declarations), ...lookAlikes(declarations.filter((d) => !redeclares(d)))];
}

/** A report's own entry with the id (or an old id) of a registry entry. */
function sharedIdRedeclared(declarations: readonly Declaration[], registry: Registry): Problem[] {
  return declarations.flatMap((d) => {
    if (d.owner === 'registry') return [];
    const shared = registry.entries[d.kind].get(d.id);
    const renamed = registry.previous[d.kind].get(d.id);
    if (shared && d.lang !== REGISTRY_LANG) {
      return [{ ...at(d, 'error', 'registry-redeclared'), message: `${SINGULAR[d.kind]} '${d.id}' is declared in the registry (${shared.file}); a report in '${d.lang}' gives its words there, not a second entry`, fix: `move the entry's '${d.lang}' name, aliases and description under translations.${d.lang} in ${shared.file} and replace the entry with the line \`- ${d.id}\` (npm run registry -- extract does both)` }];
    }
    if (shared) {
      return [{ ...at(d, 'error', 'registry-redeclared'), message: `${SINGULAR[d.kind]} '${d.id}' is declared in the registry (${shared.file}); a report may not declare it again`, fix: `replace the whole entry with the line \`- ${d.id}\` (the registry's entry is used), or give this one another id if it is another ${SINGULAR[d.kind]}` }];
    }
    if (renamed) {
      return [{ ...at(d, 'error', 'registry-redeclared'), message: `'${d.id}' is a previous id of the registry's '${renamed}' (${registry.entries[d.kind].get(renamed)?.file ?? 'the registry'})`, fix: `replace the whole entry with the line \`- ${renamed}\`, and write '${renamed}' wherever the report uses '${d.id}'` }];
    }
    return [];
  });
}

/** One id declared by several reports: an error when the places disagree, otherwise a nudge to share it. */
function sameIdTwice(declarations: readonly Declaration[]): Problem[] {
  const first = new Map<string, Declaration>();
  const problems: Problem[] = [];
  for (const d of declarations) {
    if (d.owner === 'registry') continue;
    const key = `${d.kind}:${d.id}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, d);
      continue;
    }
    if (earlier.owner === d.owner) continue; // a duplicate within one report is the report schema's error
    const a = coordinatesOf(earlier);
    const b = coordinatesOf(d);
    if (a && b) {
      const km = distanceKm(a, b);
      const allowed = Math.max(toleranceKm(a), toleranceKm(b));
      if (km > allowed) {
        problems.push({
          ...at(d, 'error', 'registry-coordinates'),
          path: d.path ? `${d.path}.lat` : 'lat',
          ...d.locate(['lat']),
          message: `place '${d.id}' is at ${b.lat}, ${b.lon} here but at ${a.lat}, ${a.lon} in ${whereIs(earlier)}: ${round(km)} km apart, more than its precision allows (${round(allowed)} km)`,
          fix: `one id is one place: correct the coordinates that are wrong, widen the precision (precision: near, radiusKm: ${Math.ceil(km)}) if the place is only known roughly, or give one of them another id`,
        });
        continue;
      }
    }
    problems.push({ ...at(d, 'warning', 'registry-shared'), message: `${SINGULAR[d.kind]} '${d.id}' is also declared in ${whereIs(earlier)}`, fix: `declare it once for the whole site: npm run registry -- extract moves it to content/${d.kind}/${d.id}.yaml` });
  }
  return problems;
}

/** Entries of one kind under different ids that share a name or alias, or (places) lie within `NEAR_KM`. */
function lookAlikes(declarations: readonly Declaration[]): Problem[] {
  // The first declaration of each id stands for it; later ones of the same id are sameIdTwice's business.
  const order = new Map<string, number>();
  const reps: Declaration[] = [];
  for (const d of declarations) {
    const key = `${d.kind}:${d.id}`;
    if (order.has(key)) continue;
    order.set(key, reps.length);
    reps.push(d);
  }
  const reasons = new Map<string, { earlier: Declaration; later: Declaration; names: Set<string>; km?: number }>();
  const note = (x: Declaration, y: Declaration) => {
    const [earlier, later] = order.get(`${x.kind}:${x.id}`)! < order.get(`${y.kind}:${y.id}`)! ? [x, y] : [y, x];
    const key = `${earlier.kind}:${earlier.id}|${later.id}`;
    let r = reasons.get(key);
    if (!r) reasons.set(key, (r = { earlier, later, names: new Set() }));
    return r;
  };
  // Shared names.
  const byName = new Map<string, { d: Declaration; name: string }[]>();
  for (const d of reps) {
    for (const name of new Set(namesOf(d))) {
      const key = `${d.kind}:${nameKey(name)}`;
      if (key.endsWith(':')) continue;
      const list = byName.get(key) ?? [];
      if (!list.some((x) => x.d === d)) list.push({ d, name });
      byName.set(key, list);
    }
  }
  for (const list of byName.values()) {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) note(list[i]!.d, list[j]!.d).names.add(list[j]!.name);
  }
  // Places within NEAR_KM of each other, swept in order of latitude.
  const points = reps.flatMap((d) => {
    const c = coordinatesOf(d);
    return c && !isArea(d) ? [{ d, c }] : [];
  }).sort((a, b) => a.c.lat - b.c.lat);
  const latWindow = (NEAR_KM / EARTH_RADIUS_KM) * (180 / Math.PI);
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length && points[j]!.c.lat - points[i]!.c.lat <= latWindow; j++) {
      const km = distanceKm(points[i]!.c, points[j]!.c);
      if (km <= NEAR_KM) note(points[i]!.d, points[j]!.d).km = km;
    }
  }
  return [...reasons.values()]
    .sort((a, b) => (order.get(`${a.later.kind}:${a.later.id}`)! - order.get(`${b.later.kind}:${b.later.id}`)!))
    .map(({ earlier, later, names, km }) => {
      const why = [names.size > 0 ? `both are called ${[...names].map((n) => `"${n}"`).join(', ')}` : '', km !== undefined ? apart(km) : ''].filter(Boolean).join(', and ');
      const shared = earlier.id;
      return {
        ...at(later, 'warning', 'registry-drift'),
        message: `${label(later)} looks like ${label(earlier)} in ${whereIs(earlier)}: ${why}`,
        fix: `if they are one ${SINGULAR[later.kind]}, use the shared id '${shared}' (npm run registry -- extract merges them); if not, give them names that tell them apart`,
      };
    });
}
