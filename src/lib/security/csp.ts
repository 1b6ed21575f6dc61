/**
 * The Content-Security-Policy directives every page carries (Astro adds the hashed script-src and
 * style-src). Only the site's own origin, unless a site opts in to a tile server, whose origin then
 * may serve images, and nothing else.
 */
import type { TileConfig } from '../map/config.ts';

/** A directive and its sources, typed so Astro's `security.csp.directives` accepts it. */
export type CspDirective = `${'default-src' | 'img-src' | 'font-src' | 'connect-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

export function cspDirectives(tiles?: TileConfig): CspDirective[] {
  const tileOrigin = tiles ? ` ${new URL(tiles.url.replace(/\{[a-z]+\}/g, '0')).origin}` : '';
  return [
    "default-src 'self'",
    `img-src 'self' data:${tileOrigin}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];
}

/**
 * The script sources of the search page, and of no other: Pagefind compiles its index reader from
 * WebAssembly, which a strict policy allows only with 'wasm-unsafe-eval' (it allows no JavaScript eval).
 * Astro adds the page's script hashes after these.
 */
export const searchScriptResources = ["'self'", "'wasm-unsafe-eval'"] as const;
