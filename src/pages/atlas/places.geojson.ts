/** Every published report's places and events as GeoJSON (src/lib/export/geojson.ts). */
import type { APIRoute } from 'astro';
import { reportGeoJson } from '../../lib/export/geojson.ts';
import { siteAtlas } from '../_atlas.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(reportGeoJson((await siteAtlas()).bundle), null, 1), { headers: { 'Content-Type': 'application/geo+json' } });
