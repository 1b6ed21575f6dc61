/**
 * Opt-in raster tiles. By default the map draws only the basemap that ships with the site and
 * makes no request to any other host. A site may set `SITREP_TILES_URL` (an https URL template
 * with {z}, {x} and {y}) and `SITREP_TILES_ATTRIBUTION` at build time; see docs/map.md.
 */

export interface TileConfig {
  /** URL template, e.g. `https://tiles.example.org/{z}/{x}/{y}.png`. */
  url: string;
  /** Attribution shown on the map (plain text). */
  attribution: string;
  maxZoom: number;
}

/** Reads the tile settings from an environment; undefined (no tiles) unless both are valid. */
export function tileConfig(env: Record<string, string | undefined>): TileConfig | undefined {
  const url = env['SITREP_TILES_URL']?.trim();
  const attribution = env['SITREP_TILES_ATTRIBUTION']?.trim();
  if (!url) return undefined;
  if (!attribution) throw new Error('SITREP_TILES_URL is set but SITREP_TILES_ATTRIBUTION is not: tiles need their attribution (see docs/map.md)');
  if (!/^https:\/\/[^\s"'<>]+$/.test(url) || !['{z}', '{x}', '{y}'].every((t) => url.includes(t))) {
    throw new Error(`SITREP_TILES_URL '${url}' must be an https:// URL template with {z}, {x} and {y} (see docs/map.md)`);
  }
  const maxZoom = Number(env['SITREP_TILES_MAX_ZOOM'] ?? 12);
  return { url, attribution, maxZoom: Number.isInteger(maxZoom) && maxZoom > 0 ? maxZoom : 12 };
}
