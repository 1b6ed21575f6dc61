/**
 * References inside the registry: a shared place's `sources` name shared sources, a shared actor's
 * `affiliations` name shared actors. A registry entry cannot lean on one report's own entries.
 */
import type { Locate } from '../report/problem.ts';
import { formatPath, type Problem } from '../check/problem.ts';
import { didYouMean } from '../text/did-you-mean.ts';
import type { Registry } from './load.ts';
import { SINGULAR, type RegistryKind } from './schema.ts';

export function checkRegistryReferences(registry: Registry): Problem[] {
  const problems: Problem[] = [];
  const check = (from: { file: string; locate: Locate }, kind: RegistryKind, target: string, path: (string | number)[]) => {
    if (registry.entries[kind].has(target) || registry.broken[kind].has(target)) return;
    const at = { file: from.file, ...from.locate(path), path: formatPath(path) };
    const renamed = registry.previous[kind].get(target);
    if (renamed) {
      problems.push({ ...at, severity: 'warning', rule: 'registry-id', message: `'${target}' was renamed '${renamed}'`, fix: `write '${renamed}'` });
      return;
    }
    const guess = didYouMean(target, registry.entries[kind].keys());
    problems.push({
      ...at,
      severity: 'error',
      rule: 'registry-reference',
      message: `unknown ${SINGULAR[kind]} '${target}': a registry entry can refer only to other registry entries`,
      fix: `${guess ? `did you mean '${guess}'? ` : ''}add content/${kind}/${target}.yaml`,
    });
  };
  for (const place of registry.entries.places.values()) place.data.sources.forEach((s, i) => check(place, 'sources', s, ['sources', i]));
  for (const actor of registry.entries.actors.values()) actor.data.affiliations.forEach((a, i) => check(actor, 'actors', a.actor, ['affiliations', i, 'actor']));
  return problems;
}
