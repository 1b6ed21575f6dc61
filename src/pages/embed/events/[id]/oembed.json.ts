/** `/embed/events/<id>/oembed.json`: an event embed's oEmbed response (static). */
import type { APIRoute } from 'astro';
import type { Report } from '../../../../lib/schema/report.ts';
import type { Event } from '../../../../lib/schema/event.ts';
import { eventEmbeds, type EventEmbed } from '../../../../lib/view/embed.ts';
import { publishedReports } from '../../../reports/_published.ts';
import { embedPage, oembedResponse } from '../../_embed.ts';

export async function getStaticPaths() {
  const reports = await publishedReports();
  const bySlug = new Map(reports.map((r) => [r.id, r.data]));
  return eventEmbeds(reports).embeds.map((embed) => ({ params: { id: embed.id }, props: { embed, report: bySlug.get(embed.slug)! } }));
}

export const GET: APIRoute = ({ props }) => {
  const { embed, report } = props as { embed: EventEmbed<Event>; report: Report };
  const title = embed.status === 'published' ? embed.event.title : embed.id;
  return oembedResponse(embedPage('event', embed.slug, report, embed.id, title), embed.slug);
};
