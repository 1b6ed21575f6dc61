/** Reads the registry folders from disk (Node only). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseRegistry, type Registry, type RegistryFile } from './load.ts';
import { REGISTRY_KINDS } from './schema.ts';

/** The folder that holds `places/`, `actors/` and `sources/`: `content/` unless `SITREP_REGISTRY_DIR` says otherwise. */
export function registryRoot(env: Record<string, string | undefined> = process.env): string {
  return env['SITREP_REGISTRY_DIR'] ?? 'content';
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
