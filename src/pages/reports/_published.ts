/**
 * The reports a build publishes (drafts only in `astro dev`), shared by the report page and
 * its data endpoints. Files starting with `_` are not routes.
 */
import { getCollection } from 'astro:content';
import { isVisible } from '../../lib/view/drafts.ts';

export const publishedReports = () => getCollection('reports', (entry) => isVisible(entry.data, import.meta.env.DEV));

/** `getStaticPaths` for a per-report endpoint: one path per published report, its data as `report`. */
export const reportPaths = async () => (await publishedReports()).map((entry) => ({ params: { slug: entry.id }, props: { report: entry.data } }));
