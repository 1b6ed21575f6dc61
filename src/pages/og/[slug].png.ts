/** `/og/<slug>.png`: each report's 1200×630 share image, made at build time (src/lib/og). */
import type { APIRoute } from 'astro';
import { reportImage } from '../../lib/og/index.ts';
import type { Report } from '../../lib/schema/report.ts';
import { reportPaths } from '../reports/_published.ts';

export const getStaticPaths = reportPaths;

export const GET: APIRoute = ({ params, props }) => {
  const png = reportImage((props as { report: Report }).report, { slug: params.slug! });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
