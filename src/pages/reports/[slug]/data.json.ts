import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths = (async () =>
  (await getCollection('reports')).map((entry) => ({ params: { slug: entry.id }, props: { report: entry.data } }))) satisfies GetStaticPaths;

/** The report's validated data (its frontmatter), for reuse. */
export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props['report'], null, 1), { headers: { 'content-type': 'application/json' } });
