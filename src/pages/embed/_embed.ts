/**
 * What each embed page and its oEmbed JSON share: the page's URL, title and embed code for one figure of
 * one report. Files starting with `_` are not routes.
 */
import { t } from '../../lib/i18n/catalogue.ts';
import { REPORT_CARD } from '../../lib/og/report-card.ts';
import { routes } from '../../lib/routes.ts';
import { reportUrl } from '../../lib/i18n/translations.ts';
import type { Report } from '../../lib/schema/report.ts';
import { embedId, oembedJson, type EmbedKind, type EmbedTarget } from '../../lib/view/embed.ts';

export interface EmbedPage extends EmbedTarget {
  /** The page's path (below the base) and its oEmbed JSON's absolute URL. */
  path: string;
  oembed: string;
  id: string;
  pageTitle: string;
  report: { title: string; url: string; authors: string; publisher: string };
}

/** The embed of a report's `map` or `timeline`, or of one `event` (`key` is its id). */
export function embedPage(kind: EmbedKind, slug: string, report: Report, key: string = slug, eventTitle?: string, locale = 'en'): EmbedPage {
  const path = kind === 'map' ? routes.embedMap(slug) : kind === 'timeline' ? routes.embedTimeline(slug) : routes.embedEvent(key);
  const subject = kind === 'event' ? (eventTitle ?? key) : report.title;
  return {
    kind,
    path,
    url: routes.absolute(path),
    oembed: routes.absolute(routes.oembed(path)),
    script: routes.absolute(routes.embedScript()),
    id: embedId(kind, key),
    title: t(locale, `trust.embed.frameTitle.${kind}`, { title: subject }),
    pageTitle: t(locale, `trust.embed.pageTitle.${kind}`, { title: subject }),
    // The report's own page: an Arabic report's is under /ar/.
    report: { title: report.title, url: reportUrl(slug, report.lang), authors: report.authors.map((a) => a.name).join(', '), publisher: report.publisher },
  };
}

/** The oEmbed JSON of an embed page, as a Response. */
export function oembedResponse(page: EmbedPage, slug: string, locale = 'en'): Response {
  const json = oembedJson({
    ...page,
    providerName: t(locale, 'site.name'),
    providerUrl: routes.absolute(routes.home()),
    authorName: page.report.authors,
    thumbnail: { url: routes.absolute(routes.reportImage(slug)), ...REPORT_CARD },
  });
  return new Response(JSON.stringify(json, null, 2), { headers: { 'content-type': 'application/json+oembed; charset=utf-8' } });
}
