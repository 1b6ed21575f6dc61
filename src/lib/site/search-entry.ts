/**
 * What the search index records of a page or an item: its kind and the filters a reader can narrow by
 * (report, kind, country, year). Filter values are stable keys (a report's slug, an ISO country code, a
 * year), which the search page names in the reader's language. Pure.
 */
import type { PageKind } from '../routes.ts';
import type { ReportSummary } from './summary.ts';

/** The filters Pagefind stores for a page (`data-pagefind-filter`) or a custom record. */
export type SearchFilters = Partial<Record<'kind' | 'report' | 'country' | 'year', string[]>>;

export interface SearchEntry {
  kind: PageKind;
  filters: SearchFilters;
}

/** Drops empty filters and duplicate values, sorted, so the page's markup is stable. */
export function cleanFilters(filters: SearchFilters): SearchFilters {
  const out: SearchFilters = {};
  for (const [name, values] of Object.entries(filters) as [keyof SearchFilters, string[] | undefined][]) {
    const unique = [...new Set(values ?? [])].filter((v) => v !== '').sort();
    if (unique.length > 0) out[name] = unique;
  }
  return out;
}

/** The search entry of a report page. */
export function reportSearchEntry(summary: Pick<ReportSummary, 'slug' | 'countries' | 'years'>): SearchEntry {
  return { kind: 'report', filters: cleanFilters({ kind: ['report'], report: [summary.slug], country: summary.countries, year: summary.years.map(String) }) };
}

/** The search entry of any other page, from its kind and whatever filters the page knows. */
export function pageSearchEntry(kind: PageKind, filters: SearchFilters = {}): SearchEntry {
  return { kind, filters: cleanFilters({ ...filters, kind: [kind] }) };
}
