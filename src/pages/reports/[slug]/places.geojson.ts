/** Places, axes and shipments as GeoJSON (src/lib/export/geojson.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Report } from '../../../lib/schema/report.ts';
import { reportGeoJson } from '../../../lib/export/geojson.ts';
import { reportPaths } from '../_published.ts';

export const getStaticPaths = reportPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(reportGeoJson(props['report'] as Report), null, 1), { headers: { 'Content-Type': 'application/geo+json' } });
