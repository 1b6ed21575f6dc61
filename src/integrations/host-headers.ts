/**
 * Writes `_headers` into the built site for hosts that read it (Netlify, Cloudflare Pages; others ignore it,
 * see docs/publishing.md): long caching for the files whose names carry a hash of their content (`_astro/`,
 * the search index's chunks), revalidation for the rest, and the headers a `<meta>` cannot carry. The
 * Content-Security-Policy itself is in every page's `<meta>` (Astro hashes the scripts and styles of each
 * page), so no header needs to repeat it. Paths carry the base path.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRoutes } from '../lib/routes.ts';

/** The `_headers` file for a site under `base`. */
export function hostHeaders(base: string): string {
  const routes = createRoutes({ base });
  const bundle = routes.searchBundle();
  return [
    `${routes.base}*`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '',
    // Vite names these files after a hash of their content: a new build gives new names.
    `${routes.asset('_astro/')}*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    // Pagefind's index chunks, fragments and filters are named after their content too; its entry file and
    // scripts are not.
    ...['index/', 'fragment/', 'filter/'].flatMap((folder) => [`${bundle}${folder}*`, '  Cache-Control: public, max-age=31536000, immutable', '']),
    '',
  ].join('\n');
}

export function hostHeadersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'sitrep:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), hostHeaders(base));
      },
    },
  };
}
