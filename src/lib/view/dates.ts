/**
 * A report's dates as feeds, the sitemap, JSON-LD and the page use them: when it was published, when it
 * last changed (a correction, a withdrawal or an update moves that date), and its corrections in one list.
 * Pure: plain data in, plain data out.
 */
import type { DateSpec } from '../schema/common.ts';
import type { Correction, Withdrawal } from '../schema/correction.ts';

/** The fields these functions read (a report's frontmatter, or a test's partial one). */
export interface DatedReport {
  published: DateSpec;
  updated?: string | undefined;
  corrections?: readonly Correction[] | undefined;
  withdrawn?: readonly Withdrawal[] | undefined;
  events?: readonly { id: string; title: string; corrections?: readonly Correction[] | undefined }[] | undefined;
}

/** One correction as a reader sees it in the log: the report's own, or one of an event's. */
export interface CorrectionEntry extends Correction {
  /** `report`, or the event the correction is about. */
  about: { kind: 'report' } | { kind: 'event'; id: string; title: string };
  /** A stable anchor for the entry (`correction-1` ...), in date order. */
  anchor: string;
}

/** The first and last day a report can have been published (the same day when it is known). */
export function publishedSpan(report: Pick<DatedReport, 'published'>): { start: string; end: string } {
  const p = report.published;
  return typeof p === 'string' ? { start: p, end: p } : { start: p.start, end: p.end };
}

/**
 * The publication date as an ISO 8601 date at the precision known: `2023-11-15`, or `2023-11` when the
 * text only puts it within November, `2023` within a year, undefined when even the year is unknown.
 * Never a day that was guessed.
 */
export function publishedIso(report: Pick<DatedReport, 'published'>): string | undefined {
  const { start, end } = publishedSpan(report);
  if (start === end) return start;
  if (start.slice(0, 7) === end.slice(0, 7)) return start.slice(0, 7);
  if (start.slice(0, 4) === end.slice(0, 4)) return start.slice(0, 4);
  return undefined;
}

/** Every correction of the report and of its events, oldest first, each with its anchor in the log. */
export function correctionsOf(report: DatedReport): CorrectionEntry[] {
  const all: Omit<CorrectionEntry, 'anchor'>[] = [
    ...(report.corrections ?? []).map((c) => ({ ...c, about: { kind: 'report' as const } })),
    ...(report.events ?? []).flatMap((e) => (e.corrections ?? []).map((c) => ({ ...c, about: { kind: 'event' as const, id: e.id, title: e.title } }))),
  ];
  // A stable sort: same-day corrections keep the order the editors wrote them in.
  return all
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.date.localeCompare(b.c.date) || a.i - b.i)
    .map(({ c }, i) => ({ ...c, anchor: `correction-${i + 1}` }));
}

/** The day of the latest correction (report or event), or undefined when there is none. */
export function lastCorrected(report: DatedReport): string | undefined {
  return correctionsOf(report).at(-1)?.date;
}

/** What `lastModified` reads: the dates only (a listing's summary of a report satisfies it). */
export interface ModifiedSource {
  published: DateSpec;
  /** The day the report went up on this site, when later than its publication (a republished report). */
  sitePublished?: string | undefined;
  updated?: string | undefined;
  corrections?: readonly { date: string }[] | undefined;
  withdrawn?: readonly { date: string }[] | undefined;
  events?: readonly { corrections?: readonly { date: string }[] | undefined }[] | undefined;
}

/**
 * The last day the report changed: the latest of its publication (the last possible day of a range), the
 * day it went up on this site (`sitePublished`), its `updated` date, its corrections (of the report and of its events) and its withdrawals. Feeds' `updated`,
 * the sitemap's `lastmod` and JSON-LD's `dateModified` all read this.
 */
export function lastModified(report: ModifiedSource): string {
  const days = [
    publishedSpan(report).end,
    report.sitePublished,
    report.updated,
    ...(report.corrections ?? []).map((c) => c.date),
    ...(report.events ?? []).flatMap((e) => (e.corrections ?? []).map((c) => c.date)),
    ...(report.withdrawn ?? []).map((w) => w.date),
  ].filter((d): d is string => typeof d === 'string');
  return days.reduce((latest, d) => (d > latest ? d : latest));
}

/** Paragraph numbers (`p-N`) a correction points at, with the anchors of the log entries for each. */
export function correctedParagraphs(report: DatedReport): Map<number, CorrectionEntry[]> {
  const out = new Map<number, CorrectionEntry[]>();
  for (const entry of correctionsOf(report)) {
    if (entry.paragraph === undefined) continue;
    out.set(entry.paragraph, [...(out.get(entry.paragraph) ?? []), entry]);
  }
  return out;
}
