/**
 * The site-wide check: the registry's own problems, and drift between the registry and every report. A report's
 * own problems (its schema, quotes, mentions) are checked report by report (src/lib/check); this adds what only
 * shows when all of them are seen at once.
 */
import { formatPath, type Problem } from '../check/problem.ts';
import { registryDeclarations, reportDeclarations, type ReportSource } from './declarations.ts';
import { checkDrift } from './drift.ts';
import { slugOf } from './report-source.ts';
import type { Registry } from './load.ts';
import { references } from './refs.ts';
import { REGISTRY_KINDS, SINGULAR } from './schema.ts';

/** Every registry and drift problem, given the registry and every report (drafts included: drift is drift). */
export function checkSite(registry: Registry, reports: readonly ReportSource[]): Problem[] {
  const sorted = [...reports].sort((a, b) => a.file.localeCompare(b.file));
  const declarations = [...registryDeclarations(registry), ...sorted.flatMap(reportDeclarations)];
  return [...registry.problems, ...checkDrift(declarations, registry), ...sorted.flatMap((r) => oldIds(r, registry))];
}

/** Uses of an id an entry has left (`previousIds`): they still resolve, but say so. */
function oldIds(report: ReportSource, registry: Registry): Problem[] {
  const data = report.data && typeof report.data === 'object' ? (report.data as Record<string, unknown>) : {};
  const bare = REGISTRY_KINDS.flatMap((kind) => (Array.isArray(data[kind]) ? (data[kind] as unknown[]) : []).flatMap((item, i) => (typeof item === 'string' ? [{ kind, id: item, path: [kind, i] as (string | number)[] }] : [])));
  return [...bare, ...references(data)].flatMap((r) => {
    const now = registry.previous[r.kind].get(r.id);
    if (!now) return [];
    return [{ file: report.file, ...report.locate(r.path), path: formatPath(r.path), severity: 'warning' as const, rule: 'registry-id', message: `'${r.id}' is the old id of ${SINGULAR[r.kind]} '${now}' (${registry.entries[r.kind].get(now)?.file ?? 'the registry'})`, fix: `write '${now}'` }];
  });
}

/** The site-wide problems of a checked folder of reports: the registry's own, and drift (see `checkSite`). */
export function siteProblems(results: readonly { file: string; loaded: { raw: unknown; locate: ReportSource['locate'] } }[], registry: Registry): Problem[] {
  return checkSite(registry, results.map((r) => ({ file: r.file, slug: slugOf(r.file), data: r.loaded.raw, locate: r.loaded.locate })));
}
