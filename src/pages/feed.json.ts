/** JSON Feed 1.1 of the reports, newest first. */
import type { APIRoute } from 'astro';
import { jsonFeed } from '../lib/site/feeds.ts';
import { feedData } from './_summaries.ts';

export const GET: APIRoute = async () => {
  const { meta, items } = await feedData();
  return new Response(`${JSON.stringify(jsonFeed(meta, items), null, 1)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
