/** The report's validated data (its frontmatter), for reuse. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportPaths } from '../_published.ts';

export const getStaticPaths = reportPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props['report'], null, 1), { headers: { 'Content-Type': 'application/json' } });
