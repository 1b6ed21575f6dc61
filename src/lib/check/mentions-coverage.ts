/**
 * Places and actors that the article never mentions: by name, short form or alias
 * (case-insensitive, whole words), or by id in a mention's markup (`{#id}`, `id="id"`).
 */
import type { Report } from '../schema/report.ts';
import { maskNonProse } from './body-text.ts';

export interface CoverageProblem {
  path: (string | number)[];
  message: string;
  fix: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `text` contains `name` as whole words, ignoring case and runs of spaces. */
export function mentions(text: string, name: string): boolean {
  const words = name.trim().split(/\s+/).map(escape).join('\\s+');
  if (!words) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** Warnings for places and actors that no text of the body mentions. */
export function checkCoverage(report: Pick<Report, 'places' | 'actors'>, body: string): CoverageProblem[] {
  const prose = maskNonProse(body);
  const byId = (id: string) => new RegExp(`(?:#|\\bid\\s*=\\s*["'])${escape(id)}(?![\\w-])`).test(body);
  const problems: CoverageProblem[] = [];
  const check = (list: 'places' | 'actors', kind: string, i: number, id: string, names: string[]) => {
    if (byId(id) || names.some((n) => mentions(prose, n))) return;
    problems.push({
      path: [list, i, 'name'],
      message: `${kind} '${id}' is not mentioned in the article (looked for: ${names.map((n) => `'${n}'`).join(', ')})`,
      fix: `add the spelling the article uses to aliases, or remove the ${kind} if the report does not need it`,
    });
  };
  report.places.forEach((p, i) => check('places', 'place', i, p.id, [p.name, ...p.aliases]));
  report.actors.forEach((a, i) => check('actors', 'actor', i, a.id, [a.name, ...(a.short ? [a.short] : []), ...a.aliases]));
  return problems;
}
