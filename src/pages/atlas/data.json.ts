/** The atlas's filter index and names (src/lib/view/atlas.ts), fetched by the page's filter when it is used. */
import type { APIRoute } from 'astro';
import { siteAtlas } from '../_atlas.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify((await siteAtlas()).data), { headers: { 'Content-Type': 'application/json' } });
