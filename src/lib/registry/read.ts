/** Reads the registry folders from disk (Node only). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseRegistry, type Registry, type RegistryFile } from './load.ts';
import { REGISTRY_KINDS } from './schema.ts';

/**
 * The folder that holds `places/`, `actors/` and `sources/`: `SITREP_REGISTRY_DIR`, or else the folder that holds
 * the reports' folder (`content/` for `content/reports/`, so a site built from another folder of reports, such
 * as a test's, reads the registry beside it, or none).
 */
export function registryRoot(env: Record<string, string | undefined> = process.env): string {
  return env['SITREP_REGISTRY_DIR'] ?? dirname(env['SITREP_REPORTS_DIR'] ?? 'content/reports');
}

/** Every registry file under `dir` (`places/*.yaml` ...), paths relative to `cwd`. Files starting with `_` or `.` are skipped. */
export function registryFiles(dir: string = registryRoot(), cwd = process.cwd()): RegistryFile[] {
  const root = resolve(cwd, dir);
  return REGISTRY_KINDS.flatMap((kind) => {
    const folder = join(root, kind);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((name) => /\.ya?ml$/i.test(name) && !/^[_.]/.test(name))
      .sort()
      .map((name) => ({ kind, file: relative(cwd, join(folder, name)), text: readFileSync(join(folder, name), 'utf8') }));
  });
}

/** The registry under `dir`, validated. */
export function readRegistry(dir: string = registryRoot(), cwd = process.cwd()): Registry {
  return parseRegistry(registryFiles(dir, cwd));
}
