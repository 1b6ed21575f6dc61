/** The atlas's basemap (TopoJSON): a committed basemap covering every report's places, else countries only. */
import type { APIRoute } from 'astro';
import { buildMap } from '../../lib/map/build.ts';
import { serialiseBasemap } from '../../lib/map/basemap/store.ts';
import { atlasViews } from '../../lib/view/atlas.ts';
import { siteAtlas } from '../_atlas.ts';

export const GET: APIRoute = async () =>
  new Response(serialiseBasemap(buildMap(atlasViews((await siteAtlas()).bundle).map, 'atlas', 'en', { warn: false }).topology), { headers: { 'Content-Type': 'application/json' } });
