/** Atom 1.0 feed of the reports, newest first. */
import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/site/feeds.ts';
import { feedData } from './_summaries.ts';
import { localeOfPath } from '../lib/i18n/locale.ts';

export const GET: APIRoute = async ({ url }) => {
  // One feed per interface language: this file serves /atom.xml.ts, src/pages/ar/atom.xml.ts serves /ar/atom.xml.ts.
  const { meta, items } = await feedData(localeOfPath(url.pathname));
  return new Response(atomFeed(meta, items), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
