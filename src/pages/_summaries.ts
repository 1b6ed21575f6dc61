/** The published reports as listings, feeds and the search page show them, newest first. */
import { publishedReports } from './reports/_published.ts';
import { newestFirst } from '../lib/view/listing.ts';
import { summarise, type ReportSummary } from '../lib/site/summary.ts';
import { feedItems, feedMeta } from '../lib/site/feeds.ts';
import { messagesFor } from '../lib/i18n/catalogue.ts';
import { createRoutes } from '../lib/routes.ts';
import { uiLocaleFor } from '../lib/i18n/locale.ts';

/** Every published report's summary, or (with `locale`) those of the reports that interface language lists. */
export async function reportSummaries(locale?: string): Promise<ReportSummary[]> {
  const all = newestFirst(await publishedReports()).map((entry) => summarise(entry.id, entry.data));
  return locale === undefined ? all : all.filter((r) => uiLocaleFor(r.lang) === locale);
}

/**
 * The items and links of the site's feeds (the same for RSS, Atom and JSON Feed), per interface language:
 * `/rss.xml` lists the reports of the English interface, `/ar/rss.xml` those written in Arabic.
 */
export async function feedData(lang = 'en') {
  const m = messagesFor(lang);
  const routes = createRoutes({ locale: lang });
  const meta = feedMeta(routes, { title: m('feed.title'), description: m('feed.description'), lang });
  return { meta, items: feedItems(await reportSummaries(lang), routes) };
}
