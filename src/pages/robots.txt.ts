/**
 * robots.txt: every page may be crawled; the sitemap's absolute URL. (Crawlers read robots.txt only at the
 * root of a host: under a sub-path it is there for hosts that serve the site at their root too.)
 */
import type { APIRoute } from 'astro';
import { routes } from '../lib/routes.ts';

export const GET: APIRoute = () =>
  new Response(['User-agent: *', `Allow: ${routes.base}`, '', `Sitemap: ${routes.absolute(routes.sitemap())}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
