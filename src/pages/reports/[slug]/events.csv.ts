/** The report's events as ACLED-format CSV (src/lib/export/acled-csv.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Report } from '../../../lib/schema/report.ts';
import { acledRows, toAcledCsv } from '../../../lib/export/acled-csv.ts';
import { reportPaths } from '../_published.ts';

export const getStaticPaths = reportPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toAcledCsv(acledRows(props['report'] as Report)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
