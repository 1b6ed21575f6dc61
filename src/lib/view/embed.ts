/**
 * Embeds: each report's map and timeline, and each event, as a page that holds the figure alone, for an
 * iframe on another site. This module makes what the pages and the "Copy embed code" control need: the
 * embed code (an iframe plus our small host script), the oEmbed JSON, and which events get a page.
 * Pure: URLs come in from the routes module.
 */
import { escapeMarkup as esc } from '../text/escape.ts';
import { FULL_EVENTS } from './reference-view.ts';

export type EmbedKind = 'map' | 'timeline' | 'event';

/** A first height for the iframe before the page reports its own (the frame then fits its content). */
export const EMBED_HEIGHT: Record<EmbedKind, number> = { map: 720, timeline: 620, event: 560 };
/** The width oEmbed consumers are told the figure is designed for. */
export const EMBED_WIDTH = 800;

export interface EmbedTarget {
  kind: EmbedKind;
  /** The embed page's absolute URL. */
  url: string;
  /** The iframe's accessible title (`Map: <report title>`). */
  title: string;
  /** The host script's absolute URL (`/embed.js`). */
  script: string;
}

/** A stable id for the iframe, used by the height messages (`sitrep-map-<slug>`, `sitrep-event-<id>`). */
export function embedId(kind: EmbedKind, key: string): string {
  return `sitrep-${kind}-${key}`.replace(/[^a-z0-9-]/gi, '-');
}

/**
 * The HTML a host pastes: an iframe (no inline style, so a host's strict CSP accepts it) and our host
 * script, which sizes the frame to the height the embed reports. Every value is escaped.
 */
export function embedCode(target: EmbedTarget): string {
  const iframe = `<iframe src="${esc(target.url)}" title="${esc(target.title)}" width="100%" height="${EMBED_HEIGHT[target.kind]}" loading="lazy" referrerpolicy="no-referrer" data-sitrep-embed></iframe>`;
  return `${iframe}\n<script src="${esc(target.script)}" async></script>`;
}

export interface OembedOptions extends EmbedTarget {
  /** The site's name and home page. */
  providerName: string;
  providerUrl: string;
  /** The report's authors, as a byline. */
  authorName?: string | undefined;
  /** The share image (absolute URL) and its size. */
  thumbnail?: { url: string; width: number; height: number } | undefined;
}

/** The oEmbed response (type `rich`) for one embed page, as static JSON. */
export function oembedJson(options: OembedOptions): Record<string, unknown> {
  return {
    version: '1.0',
    type: 'rich',
    title: options.title,
    provider_name: options.providerName,
    provider_url: options.providerUrl,
    ...(options.authorName ? { author_name: options.authorName } : {}),
    html: embedCode(options),
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT[options.kind],
    ...(options.thumbnail
      ? { thumbnail_url: options.thumbnail.url, thumbnail_width: options.thumbnail.width, thumbnail_height: options.thumbnail.height }
      : {}),
  };
}

interface ReportLike<E> {
  id: string;
  data: { events: readonly E[]; withdrawn?: readonly { id: string; kind: string; date: string; why: string }[] | undefined };
}

export type EventEmbed<E> =
  | { id: string; slug: string; status: 'published'; event: E }
  | { id: string; slug: string; status: 'withdrawn'; withdrawal: { date: string; why: string } };

/**
 * One embed page per event id across the published reports, and one per withdrawn event (so a frame
 * already on another site says the event was withdrawn, when and why, instead of breaking). An id used
 * by two reports keeps the first report's (by slug) and is listed in `duplicates`. A report of more than
 * `FULL_EVENTS` (200) events, a tracker, gets pages only for the events its text quotes, as its
 * reference sections list only those: ten thousand pages nobody embeds would cost minutes of every build.
 */
export function eventEmbeds<E extends { id: string; quote?: string | undefined }>(reports: readonly ReportLike<E>[], limit = FULL_EVENTS): { embeds: EventEmbed<E>[]; duplicates: string[] } {
  const byId = new Map<string, EventEmbed<E>>();
  const duplicates: string[] = [];
  const add = (embed: EventEmbed<E>) => {
    const seen = byId.get(embed.id);
    if (!seen) byId.set(embed.id, embed);
    else if (seen.status === 'withdrawn' && embed.status === 'published') byId.set(embed.id, embed);
    else if (embed.status === 'published' || seen.status === 'published') duplicates.push(`${embed.id} (${seen.slug}, ${embed.slug})`);
  };
  for (const report of [...reports].sort((a, b) => a.id.localeCompare(b.id))) {
    const large = report.data.events.length > limit;
    for (const event of report.data.events) if (!large || event.quote) add({ id: event.id, slug: report.id, status: 'published', event });
    for (const w of report.data.withdrawn ?? []) {
      if (w.kind === 'event') add({ id: w.id, slug: report.id, status: 'withdrawn', withdrawal: { date: w.date, why: w.why } });
    }
  }
  return { embeds: [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)), duplicates };
}
