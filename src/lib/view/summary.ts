/** The report's key figures as plain data for the page header: one line per tally, in the page's language. */
import type { Report } from '../schema/report.ts';
import type { Tally } from '../schema/tally.ts';
import { formatPeriod } from '../time/calendar.ts';
import { t } from '../i18n/catalogue.ts';
import { qualifiedFigure } from '../report/figures.ts';

export interface TallyLine {
  id: string;
  /** e.g. `at least 46` */
  figure: string;
  label: string;
  /** e.g. `17 October – 9 November 2023` */
  period?: string | undefined;
  /** e.g. `24 in Iraq`, `22 in Syria` */
  parts: string[];
  confidence: Tally['confidence'];
  /** The confidence as readers see it, e.g. `confirmed`. */
  confidenceText: string;
  /** Titles of the sources, e.g. `Pentagon statements ...`. */
  sources: string[];
}

/** A tally's figure with its qualifier (and its whole): `at least 46`, `12 of 40`, `46 على الأقل`. */
export function tallyFigure(tally: Pick<Tally, 'qualifier' | 'value'> & { of?: number | undefined }, locale = 'en'): string {
  const figure = qualifiedFigure(locale, tally.value, tally.qualifier);
  return tally.of === undefined ? figure : t(locale, 'tally.of', { value: figure, total: tally.of });
}

export function summaryLines(report: Pick<Report, 'tallies' | 'sources'>, locale = 'en'): TallyLine[] {
  const titles = new Map(report.sources.map((s) => [s.id, s.title]));
  return report.tallies.map((tally) => ({
    id: tally.id,
    figure: tallyFigure(tally, locale),
    label: tally.label,
    period: tally.period ? formatPeriod(tally.period, locale) : undefined,
    parts: tally.breakdown.map((part) => t(locale, 'tally.part', { value: part.value, label: part.label })),
    confidence: tally.confidence,
    confidenceText: t(locale, `confidence.${tally.confidence}`),
    sources: tally.sources.map((id) => titles.get(id) ?? id),
  }));
}
