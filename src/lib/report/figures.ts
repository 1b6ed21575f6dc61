/**
 * Tallies as readers see their figures: a count that sources give differently reads as the range of
 * the estimates, then each estimate with its source and date; qualifiers are kept as written.
 * Strings from the catalogue (src/lib/i18n/en/figures.ts), numbers and dates through Intl.
 */
import { t } from '../i18n/catalogue.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import type { Report } from '../schema/report.ts';
import type { Qualifier, Tally } from '../schema/tally.ts';

/** `more than 40`, `at least 46`, `47` in `locale`. */
export function qualifiedFigure(locale: string, value: number, qualifier: Qualifier): string {
  return t(locale, `figures.qualifier.${qualifier}`, { value: formatNumber(locale, value) });
}

export interface EstimatesView {
  /** e.g. `Sources differ (34–47):` */
  heading: string;
  /** e.g. `34 (SOHR, 20 October 2023)`, in date order. */
  items: string[];
}

/** The estimates of `tally` as readers see them, or undefined when it has none. */
export function estimatesView(locale: string, tally: Pick<Tally, 'estimates'>, sources: Report['sources']): EstimatesView | undefined {
  if (!tally.estimates || tally.estimates.length === 0) return undefined;
  const titles = new Map(sources.map((s) => [s.id, s.title]));
  const values = tally.estimates.map((e) => e.value);
  const range = t(locale, 'figures.range', { min: formatNumber(locale, Math.min(...values)), max: formatNumber(locale, Math.max(...values)) });
  const items = [...tally.estimates]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => t(locale, 'figures.estimate', { figure: qualifiedFigure(locale, e.value, e.qualifier), source: titles.get(e.source) ?? e.source, date: formatDate(locale, e.date) }));
  return { heading: t(locale, 'figures.sourcesDiffer', { range }), items };
}
