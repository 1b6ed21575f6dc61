/** JSON Feed 1.1 of the reports, newest first. */
import type { APIRoute } from 'astro';
import { jsonFeed } from '../lib/site/feeds.ts';
import { feedData } from './_summaries.ts';
import { localeOfPath } from '../lib/i18n/locale.ts';

export const GET: APIRoute = async ({ url }) => {
  // One feed per interface language: this file serves /feed.json.ts, src/pages/ar/feed.json.ts serves /ar/feed.json.ts.
  const { meta, items } = await feedData(localeOfPath(url.pathname));
  return new Response(`${JSON.stringify(jsonFeed(meta, items), null, 1)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
