/**
 * The site's feeds of reports: Atom (RFC 4287) and JSON Feed 1.1 are written here; RSS 2.0 is written by
 * `@astrojs/rss` from the same items (src/pages/rss.xml.ts). Every date is a calendar day at 00:00 UTC, taken
 * from the reports' own dates, so two builds of the same content give the same bytes.
 */
import { escapeMarkup } from '../text/escape.ts';
import type { Routes } from '../routes.ts';
import type { ReportSummary } from './summary.ts';
import { reportUrl } from '../i18n/translations.ts';

export interface FeedItem {
  /** A permanent id: the report's absolute URL. */
  id: string;
  url: string;
  title: string;
  summary: string;
  authors: string[];
  /** The day published (the latest possible day of a range), YYYY-MM-DD. */
  published: string;
  /** The day of the last change, YYYY-MM-DD. */
  modified: string;
  tags: string[];
  lang: string;
}

export interface FeedMeta {
  title: string;
  description: string;
  /** The language of the feed (BCP 47). */
  lang: string;
  homeUrl: string;
  rssUrl: string;
  atomUrl: string;
  jsonUrl: string;
  iconUrl: string;
}

/** The feed items of a list of reports (newest first as given). */
export function feedItems(reports: readonly ReportSummary[], routes: Routes): FeedItem[] {
  return reports.map((r) => {
    // A report's page lives under the interface language of its own (src/lib/i18n/translations.ts).
    const url = routes.absolute(reportUrl(r.slug, r.lang, { base: routes.base, origin: routes.origin }));
    return { id: url, url, title: r.title, summary: r.dek, authors: r.authors, published: r.publishedBy, modified: r.modified, tags: r.tags, lang: r.lang };
  });
}

/** The feed's own links, absolute. */
export function feedMeta(routes: Routes, text: { title: string; description: string; lang: string }): FeedMeta {
  return {
    ...text,
    homeUrl: routes.absolute(routes.home()),
    rssUrl: routes.absolute(routes.rss()),
    atomUrl: routes.absolute(routes.atom()),
    jsonUrl: routes.absolute(routes.jsonFeed()),
    iconUrl: routes.absolute(routes.favicon()),
  };
}

/** A calendar day as an RFC 3339 instant at midnight UTC. */
export function dayInstant(day: string): string {
  return `${day}T00:00:00Z`;
}

/** The last change of any item (the feed's `updated`); a fixed day when there is none, never the clock. */
export function lastChange(items: readonly FeedItem[]): string {
  return items.reduce((latest, item) => (item.modified > latest ? item.modified : latest), '1970-01-01');
}

/** Text safe in XML 1.0: markup escaped, and the control characters XML forbids removed. */
export function xmlText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeMarkup(value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
}

/** An Atom 1.0 feed. */
export function atomFeed(meta: FeedMeta, items: readonly FeedItem[]): string {
  const x = xmlText;
  const entry = (item: FeedItem) =>
    [
      '  <entry>',
      `    <id>${x(item.id)}</id>`,
      `    <title>${x(item.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(item.url)}"/>`,
      `    <published>${dayInstant(item.published)}</published>`,
      `    <updated>${dayInstant(item.modified)}</updated>`,
      ...item.authors.map((name) => `    <author><name>${x(name)}</name></author>`),
      ...item.tags.map((tag) => `    <category term="${x(tag)}"/>`),
      `    <summary>${x(item.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(meta.lang)}">`,
    `  <id>${x(meta.homeUrl)}</id>`,
    `  <title>${x(meta.title)}</title>`,
    `  <subtitle>${x(meta.description)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${x(meta.atomUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(meta.homeUrl)}"/>`,
    `  <icon>${x(meta.iconUrl)}</icon>`,
    `  <updated>${dayInstant(lastChange(items))}</updated>`,
    // Atom requires an author for the feed unless every entry has one.
    ...(items.every((i) => i.authors.length > 0) ? [] : [`  <author><name>${x(meta.title)}</name></author>`]),
    ...items.map(entry),
    '</feed>',
    '',
  ].join('\n');
}

/** A JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function jsonFeed(meta: FeedMeta, items: readonly FeedItem[]) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    description: meta.description,
    home_page_url: meta.homeUrl,
    feed_url: meta.jsonUrl,
    icon: meta.iconUrl,
    favicon: meta.iconUrl,
    language: meta.lang,
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      date_published: dayInstant(item.published),
      date_modified: dayInstant(item.modified),
      authors: item.authors.map((name) => ({ name })),
      tags: item.tags,
      language: item.lang,
    })),
  };
}
