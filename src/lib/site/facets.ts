/**
 * Filters for report listings: the tags, countries and years of a set of reports with their counts, and
 * the reports that match a choice. Pure; the home page renders them and a small script filters in place.
 */
import type { ReportSummary } from './summary.ts';

export interface Facet<V> {
  value: V;
  count: number;
}

export interface Facets {
  tags: Facet<string>[];
  countries: Facet<string>[];
  years: Facet<number>[];
}

export interface FacetChoice {
  tag?: string | undefined;
  country?: string | undefined;
  year?: number | undefined;
}

function count<V>(values: Iterable<V>): Map<V, number> {
  const counts = new Map<V, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Tags by count then name; countries by code (the page sorts them by name in its language); years newest first. */
export function facetsOf(list: readonly Pick<ReportSummary, 'tags' | 'countries' | 'years'>[]): Facets {
  const tags = [...count(list.flatMap((r) => r.tags))].map(([value, n]) => ({ value, count: n }));
  const countries = [...count(list.flatMap((r) => r.countries))].map(([value, n]) => ({ value, count: n }));
  const years = [...count(list.flatMap((r) => r.years))].map(([value, n]) => ({ value, count: n }));
  return {
    tags: tags.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    countries: countries.sort((a, b) => a.value.localeCompare(b.value)),
    years: years.sort((a, b) => b.value - a.value),
  };
}

/** True when a report matches every facet chosen. */
export function matches(report: Pick<ReportSummary, 'tags' | 'countries' | 'years'>, choice: FacetChoice): boolean {
  return (
    (choice.tag === undefined || report.tags.includes(choice.tag)) &&
    (choice.country === undefined || report.countries.includes(choice.country)) &&
    (choice.year === undefined || report.years.includes(choice.year))
  );
}
