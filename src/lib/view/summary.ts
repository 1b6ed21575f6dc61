/** The report's key figures as plain data for the page header: one line per tally. */
import type { Report } from '../schema/report.ts';
import type { Tally } from '../schema/tally.ts';
import { formatPeriod } from '../time/calendar.ts';

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
  /** Titles of the sources, e.g. `Pentagon statements ...`. */
  sources: string[];
}

const QUALIFIER: Record<Tally['qualifier'], string> = { exact: '', 'at-least': 'at least ', 'more-than': 'more than ', 'at-most': 'at most ', 'fewer-than': 'fewer than ', about: 'about ' };

export function tallyFigure(tally: Pick<Tally, 'qualifier' | 'value'> & { of?: number | undefined }): string {
  return `${QUALIFIER[tally.qualifier]}${tally.value.toLocaleString('en-US')}${tally.of === undefined ? '' : ` of ${tally.of.toLocaleString('en-US')}`}`;
}

export function summaryLines(report: Pick<Report, 'tallies' | 'sources'>): TallyLine[] {
  const titles = new Map(report.sources.map((s) => [s.id, s.title]));
  return report.tallies.map((tally) => ({
    id: tally.id,
    figure: tallyFigure(tally),
    label: tally.label,
    period: tally.period ? formatPeriod(tally.period) : undefined,
    parts: tally.breakdown.map((part) => `${part.value.toLocaleString('en-US')} in ${part.label}`),
    confidence: tally.confidence,
    sources: tally.sources.map((id) => titles.get(id) ?? id),
  }));
}
