/**
 * The reports a build publishes (drafts only in `astro dev`), shared by the report page and
 * its data endpoints. Files starting with `_` are not routes.
 */
import { getCollection } from 'astro:content';
import { isVisible } from '../../lib/view/drafts.ts';
import { alternatesOf, reportsInLocale, translationProblems } from '../../lib/i18n/translations.ts';

export const publishedReports = () => getCollection('reports', (entry) => isVisible(entry.data, import.meta.env.DEV));

/** `getStaticPaths` for a per-report endpoint: one path per published report, its data as `report`. */
export const reportPaths = async () => (await publishedReports()).map((entry) => ({ params: { slug: entry.id }, props: { report: entry.data } }));

/**
 * `getStaticPaths` for the report pages of one interface language (`en`: `/reports/<slug>/`, `ar`:
 * `/ar/reports/<slug>/`): the reports whose `lang` that interface serves, each with its other-language
 * versions for `hreflang`. A `translationOf` that names no report (or the report itself) stops the build.
 */
export const reportPagePaths = async (locale: string) => {
  const reports = await publishedReports();
  const problems = translationProblems(reports);
  if (problems.length > 0) {
    throw new Error(problems.map((p) => `content/reports/${p.id}.mdx  error  translationOf  ${p.message}  (${p.fix})`).join('\n'));
  }
  return reportsInLocale(reports, locale).map((entry) => ({ params: { slug: entry.id }, props: { entry, alternates: alternatesOf(entry, reports) } }));
};
