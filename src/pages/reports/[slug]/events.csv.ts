// The report's events as ACLED-format CSV (src/lib/export/acled-csv.ts), at /reports/<slug>/events.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { acledRows, toAcledCsv } from '../../../lib/export/acled-csv.ts';
import { isVisible } from '../../../lib/view/drafts.ts';

export const getStaticPaths = (async () => {
  const reports = await getCollection('reports', (entry) => isVisible(entry.data, import.meta.env.DEV));
  return reports.map((entry) => ({ params: { slug: entry.id }, props: { report: entry.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { report } = props as { report: Parameters<typeof acledRows>[0] };
  return new Response(toAcledCsv(acledRows(report)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
