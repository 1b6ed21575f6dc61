/**
 * The Content-Security-Policy directives every page carries (Astro adds the hashed script-src and
 * style-src). Only the site's own origin, unless a site opts in to a tile server, whose origin then
 * may serve images, and nothing else.
 */
import type { TileConfig } from '../map/config.ts';

export function cspDirectives(tiles?: TileConfig): string[] {
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
