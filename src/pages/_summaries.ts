/** The published reports as listings, feeds and the search page show them, newest first. */
import { publishedReports } from './reports/_published.ts';
import { newestFirst } from '../lib/view/listing.ts';
import { summarise, type ReportSummary } from '../lib/site/summary.ts';
import { feedItems, feedMeta } from '../lib/site/feeds.ts';
import { messagesFor } from '../lib/i18n/catalogue.ts';
import { routes } from '../lib/routes.ts';

export async function reportSummaries(): Promise<ReportSummary[]> {
  return newestFirst(await publishedReports()).map((entry) => summarise(entry.id, entry.data));
}

/** The items and links of the site's feeds (the same for RSS, Atom and JSON Feed). */
export async function feedData(lang = 'en') {
  const m = messagesFor(lang);
  const meta = feedMeta(routes, { title: m('feed.title'), description: m('feed.description'), lang });
  return { meta, items: feedItems(await reportSummaries(), routes) };
}
