/** `/embed/<slug>/map/oembed.json`: the map embed's oEmbed response (static). */
import type { APIRoute } from 'astro';
import type { Report } from '../../../../lib/schema/report.ts';
import { reportPaths } from '../../../reports/_published.ts';
import { embedPage, oembedResponse } from '../../_embed.ts';

export const getStaticPaths = reportPaths;
export const GET: APIRoute = ({ params, props }) => oembedResponse(embedPage('map', params.slug!, (props as { report: Report }).report), params.slug!);
