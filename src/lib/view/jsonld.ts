/**
 * Structured data (schema.org JSON-LD) for pages that share well: a report as a `NewsArticle` with its
 * authors, publisher, dates and corrections (`correction` as `CorrectionComment`s), its places and period;
 * an entity page as a `Place` with `geo`, an `Organization` or a `Person`. Plain objects: the page writes
 * them with `jsonForScript` (src/lib/text/json-script.ts), so no string in them can close the script.
 */
import type { Actor } from '../schema/actor.ts';
import type { Place } from '../schema/place.ts';
import type { Report } from '../schema/report.ts';
import type { Source } from '../schema/source.ts';
import { correctionsOf, lastModified, publishedIso } from './dates.ts';

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

export interface ReportJsonLdOptions {
  /** The report page's absolute URL (canonical). */
  url: string;
  /** The share image's absolute URL (1200×630). */
  image?: string | undefined;
  /** BCP 47 language of the page. */
  locale?: string | undefined;
}

/** A source as a cited `CreativeWork`, with its archived copy as `archivedAt`. */
export function sourceJsonLd(source: Pick<Source, 'title' | 'publisher' | 'url' | 'archived'>): JsonLd {
  return {
    '@type': 'CreativeWork',
    name: source.title,
    ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
    ...(source.url ? { url: source.url } : {}),
    ...(source.archived ? { archivedAt: source.archived } : {}),
  };
}

/** A report as a `NewsArticle`: headline, description, authors, publisher, dates, corrections, places, period. */
export function reportJsonLd(report: Report, options: ReportJsonLdOptions): JsonLd {
  const published = publishedIso(report);
  const corrections = correctionsOf(report).map((c) => ({
    '@type': 'CorrectionComment',
    text: c.about.kind === 'event' ? `${c.about.title}: ${c.what} ${c.why}` : `${c.what} ${c.why}`,
    datePublished: c.date,
    correctedWork: { '@id': options.url },
  }));
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': options.url,
    url: options.url,
    mainEntityOfPage: options.url,
    headline: report.title,
    description: report.dek,
    ...(options.locale ? { inLanguage: options.locale } : {}),
    ...(options.image ? { image: [options.image] } : {}),
    author: report.authors.map((a) => ({ '@type': 'Person', name: a.name, ...(a.url ? { url: a.url } : {}) })),
    publisher: { '@type': 'Organization', name: report.publisher },
    ...(published ? { datePublished: published } : {}),
    dateModified: lastModified(report),
    ...(report.tags.length > 0 ? { keywords: report.tags.join(', ') } : {}),
    temporalCoverage: `${report.period.start}/${report.period.end}`,
    ...(report.places.length > 0 ? { contentLocation: report.places.map((p) => placeJsonLd(p)) } : {}),
    ...(report.sources.length > 0 ? { citation: report.sources.map(sourceJsonLd) } : {}),
    ...(corrections.length > 0 ? { correction: corrections } : {}),
  };
}

/** A place as a schema.org `Place` with `geo` (a point, or a circle for places known only to a radius). */
export function placeJsonLd(place: Pick<Place, 'name' | 'aliases' | 'lat' | 'lon' | 'precision' | 'radiusKm'>, url?: string): JsonLd {
  const point = { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon };
  const geo = place.precision !== 'exact' && place.radiusKm
    ? { '@type': 'GeoCircle', geoMidpoint: point, geoRadius: place.radiusKm * 1000 }
    : point;
  return {
    '@type': 'Place',
    name: place.name,
    ...(place.aliases.length > 0 ? { alternateName: place.aliases } : {}),
    geo,
    ...(url ? { '@id': url, url } : {}),
  };
}

/** An actor as a `Person` or an `Organization` (forces, militias, governments, parties). */
export function actorJsonLd(actor: Pick<Actor, 'name' | 'kind'> & { short?: string | undefined; aliases?: readonly string[] | undefined; description?: string | undefined }, url?: string): JsonLd {
  const alternateName = [actor.short, ...(actor.aliases ?? [])].filter((n): n is string => Boolean(n));
  return {
    '@type': actor.kind === 'person' ? 'Person' : actor.kind === 'government' ? 'GovernmentOrganization' : 'Organization',
    name: actor.name,
    ...(alternateName.length > 0 ? { alternateName } : {}),
    ...(actor.description ? { description: actor.description } : {}),
    ...(url ? { '@id': url, url } : {}),
  };
}

/** A whole JSON-LD document for an entity page: the entity with `@context`, and the page it is the main entity of. */
export function entityJsonLd(entity: JsonLd, pageUrl: string): JsonLd {
  return { '@context': CONTEXT, ...entity, mainEntityOfPage: pageUrl };
}
