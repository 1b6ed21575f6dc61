/** The report's clipped Natural Earth basemap, fetched by the interactive map when it loads. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Report } from '../../../lib/schema/report.ts';
import { buildMap } from '../../../lib/map/build.ts';
import { reportPaths } from '../_published.ts';

export const getStaticPaths = reportPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(buildMap(props['report'] as Report).basemap), { headers: { 'Content-Type': 'application/json' } });
