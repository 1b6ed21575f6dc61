/**
 * The site's own settings for reading reports, shared by `npm run check`, the build's content
 * check, the MDX plugins and Astro's collection (Node only: reads the disk).
 *
 * - `sitrep.config.json` at the project root (optional): `{ "mdx": "safe" | "full" }`. `safe`, the
 *   default, lets a report's body use Markdown, Sitrep's directives and components only; `full`
 *   trusts every author with code that runs at build time (README, "Security").
 * - The shared registry (places, actors, sources several reports cite) that reports are read
 *   against (`reportContext`; content/places/ ..., see docs/registry.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BodyMode } from '../lib/report/body-safety.ts';
import { EMPTY_CONTEXT, type ReportContext } from '../lib/schema/context.ts';
import { registryContext } from '../lib/registry/load.ts';
import { REGISTRY_KINDS } from '../lib/registry/kinds.ts';
import { readRegistry } from '../lib/registry/read.ts';

export const SITE_CONFIG_FILE = 'sitrep.config.json';

export interface SiteConfig {
  mdx: BodyMode;
  /** `npm run check -- --strict` fails on a source without an archived copy (a warning otherwise). */
  requireArchives: boolean;
}

/** The settings in `root`/sitrep.config.json, or the defaults. Throws an Error naming the file and the bad setting. */
export function readSiteConfig(root = process.cwd()): SiteConfig {
  const path = join(root, SITE_CONFIG_FILE);
  if (!existsSync(path)) return { mdx: 'safe', requireArchives: false };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${SITE_CONFIG_FILE}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const mdx = (json as { mdx?: unknown } | null)?.mdx ?? 'safe';
  if (mdx !== 'safe' && mdx !== 'full') throw new Error(`${SITE_CONFIG_FILE}: "mdx" is ${JSON.stringify(mdx)}; use "safe" (the default) or "full"`);
  const requireArchives = (json as { requireArchives?: unknown } | null)?.requireArchives ?? false;
  if (typeof requireArchives !== 'boolean') throw new Error(`${SITE_CONFIG_FILE}: "requireArchives" is ${JSON.stringify(requireArchives)}; use true or false`);
  const unknown = Object.keys(json ?? {}).filter((key) => key !== 'mdx' && key !== 'requireArchives');
  if (unknown.length > 0) throw new Error(`${SITE_CONFIG_FILE}: unknown setting ${unknown.map((k) => `"${k}"`).join(', ')}; the settings are "mdx" and "requireArchives"`);
  return { mdx, requireArchives };
}

/** The context every report of the site is read in: the shared registry (docs/registry.md), empty when there is none. */
export function reportContext(root = process.cwd()): ReportContext {
  const registry = readRegistry(undefined, root);
  return REGISTRY_KINDS.every((kind) => registry.entries[kind].size === 0) ? EMPTY_CONTEXT : { registry: registryContext(registry) };
}
