import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { reportGeoJson } from '../../../lib/export/geojson.ts';

export const getStaticPaths = (async () =>
  (await getCollection('reports')).map((entry) => ({ params: { slug: entry.id }, props: { report: entry.data } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(reportGeoJson(props['report']), null, 1), { headers: { 'content-type': 'application/geo+json' } });
