/** RSS 2.0 feed of the reports, newest first (`@astrojs/rss`). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { dayInstant, lastChange, xmlText } from '../lib/site/feeds.ts';
import { feedData } from './_summaries.ts';
import { localeOfPath } from '../lib/i18n/locale.ts';

export const GET: APIRoute = async ({ url }) => {
  // One feed per interface language: this file serves /rss.xml.ts, src/pages/ar/rss.xml.ts serves /ar/rss.xml.ts.
  const { meta, items } = await feedData(localeOfPath(url.pathname));
  return rss({
    title: meta.title,
    description: meta.description,
    site: meta.homeUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      `<language>${xmlText(meta.lang)}</language>`,
      `<lastBuildDate>${new Date(dayInstant(lastChange(items))).toUTCString()}</lastBuildDate>`,
      `<atom:link href="${xmlText(meta.rssUrl)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: new Date(dayInstant(item.published)),
      description: item.summary,
      categories: item.tags,
      customData: item.authors.map((name) => `<dc:creator>${xmlText(name)}</dc:creator>`).join(''),
    })),
  });
};
