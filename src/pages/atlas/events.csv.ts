/** Every published report's events (each once) as ACLED-format CSV (src/lib/export/acled-csv.ts). */
import type { APIRoute } from 'astro';
import { acledRows, toAcledCsv } from '../../lib/export/acled-csv.ts';
import { siteAtlas } from '../_atlas.ts';

export const GET: APIRoute = async () => new Response(toAcledCsv(acledRows((await siteAtlas()).bundle)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
