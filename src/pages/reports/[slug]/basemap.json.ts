/** The report's basemap (TopoJSON, see src/lib/map/basemap/), fetched by the interactive map when it loads. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Report } from '../../../lib/schema/report.ts';
import { buildMap } from '../../../lib/map/build.ts';
import { serialiseBasemap } from '../../../lib/map/basemap/store.ts';
import { reportPaths } from '../_published.ts';

export const getStaticPaths = reportPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, params }) =>
  new Response(serialiseBasemap(buildMap(props['report'] as Report, String(params['slug'])).topology), { headers: { 'Content-Type': 'application/json' } });
