/** Atom 1.0 feed of the reports, newest first. */
import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/site/feeds.ts';
import { feedData } from './_summaries.ts';

export const GET: APIRoute = async () => {
  const { meta, items } = await feedData();
  return new Response(atomFeed(meta, items), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
