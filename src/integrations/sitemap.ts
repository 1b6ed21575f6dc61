/**
 * The sitemap (`@astrojs/sitemap`), with each page's `lastmod` from the reports' own dates: a report page
 * changes when the report does (`date_modified` in the JSON Feed, from its `published` and `updated`
 * dates), the home page when any report does, a tag page when one of its reports does. Other pages carry
 * no `lastmod` rather than a made-up one. The dates are read from the built `feed.json`, so the sitemap
 * and the feeds cannot disagree.
 */
import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRoutes, type Routes } from '../lib/routes.ts';

interface FeedJson {
  items?: { url?: string; date_modified?: string; tags?: string[] }[];
}

/** Absolute URL → last-modified instant, from a JSON Feed of reports. */
export function lastModifiedFromFeed(feed: FeedJson, routes: Routes): Map<string, string> {
  const dates = new Map<string, string>();
  const later = (url: string, date: string) => {
    const seen = dates.get(url);
    if (!seen || date > seen) dates.set(url, date);
  };
  for (const item of feed.items ?? []) {
    if (!item.url || !item.date_modified) continue;
    later(item.url, item.date_modified);
    later(routes.absolute(routes.home()), item.date_modified);
    for (const tag of item.tags ?? []) later(routes.absolute(routes.tag(tag)), item.date_modified);
  }
  return dates;
}

export function siteSitemap(): AstroIntegration[] {
  let routes: Routes;
  let dates = new Map<string, string>();
  const reader: AstroIntegration = {
    name: 'sitrep:sitemap-dates',
    hooks: {
      'astro:config:done': ({ config }) => {
        routes = createRoutes({ base: config.base, origin: config.site });
      },
      // Runs before the sitemap's own hook (integrations run in order).
      'astro:build:done': ({ dir }) => {
        const file = join(fileURLToPath(dir), routes.withoutBase(routes.jsonFeed()));
        dates = existsSync(file) ? lastModifiedFromFeed(JSON.parse(readFileSync(file, 'utf8')) as FeedJson, routes) : new Map();
      },
    },
  };
  return [
    reader,
    sitemap({
      namespaces: { news: false, xhtml: false, image: false, video: false },
      serialize: (item) => {
        const lastmod = dates.get(item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ];
}
