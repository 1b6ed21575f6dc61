/**
 * A report as listings, feeds, tag pages and the search index show it: title, people, dates, the countries
 * its places and events lie in, the years it covers and its tags. Pure: built from the report's data.
 */
import type { DateSpec, Period } from '../schema/common.ts';
import { endOf, startOf } from '../time/calendar.ts';

/** The fields of a report a summary reads (a report from any loader satisfies it). */
export interface SummarySource {
  title: string;
  dek: string;
  authors: readonly { name: string }[];
  publisher: string;
  published: DateSpec;
  /** The day of the last change, when a correction set one (the trust work adds it). */
  updated?: string | undefined;
  period: Period;
  tags?: readonly string[] | undefined;
  lang?: string | undefined;
  draft?: boolean | undefined;
  places?: readonly { country?: string | undefined }[] | undefined;
  events?: readonly { country?: string | undefined; places?: readonly string[] | undefined }[] | undefined;
}

export interface ReportSummary {
  slug: string;
  title: string;
  dek: string;
  authors: string[];
  publisher: string;
  published: DateSpec;
  /** The day the report was published by, at the latest (the end of a published range). */
  publishedBy: string;
  /** The day of the last change: `updated` when a correction set one, else `publishedBy`. */
  modified: string;
  period: Period;
  tags: string[];
  /** ISO 3166-1 alpha-2 codes of the countries its places and events lie in, sorted. */
  countries: string[];
  /** The calendar years its period covers, ascending. */
  years: number[];
  lang: string;
  draft: boolean;
}

export function summarise(slug: string, report: SummarySource): ReportSummary {
  const publishedBy = endOf(report.published);
  const countries = new Set<string>();
  for (const place of report.places ?? []) if (place.country) countries.add(place.country);
  for (const event of report.events ?? []) if (event.country) countries.add(event.country);
  return {
    slug,
    title: report.title,
    dek: report.dek,
    authors: report.authors.map((a) => a.name),
    publisher: report.publisher,
    published: report.published,
    publishedBy,
    modified: report.updated && report.updated > publishedBy ? report.updated : publishedBy,
    period: report.period,
    tags: [...new Set(report.tags ?? [])],
    countries: [...countries].sort(),
    years: yearsOf(report.period),
    lang: report.lang ?? 'en',
    draft: report.draft === true,
  };
}

/** The calendar years a period or date spec touches: `2023-12-20..2024-01-05` is [2023, 2024]. */
export function yearsOf(span: Period | DateSpec): number[] {
  const first = Number(startOf(span as DateSpec).slice(0, 4));
  const last = Number(endOf(span as DateSpec).slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

