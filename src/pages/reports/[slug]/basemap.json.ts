/** The report's clipped Natural Earth basemap, fetched by the interactive map when it loads. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { buildMap } from '../../../lib/map/build.ts';

export const getStaticPaths = (async () => {
  const reports = await getCollection('reports');
  return reports.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { basemap } = buildMap((props as { entry: { data: Parameters<typeof buildMap>[0] } }).entry.data);
  return new Response(JSON.stringify(basemap), { headers: { 'Content-Type': 'application/json' } });
};
