/**
 * Attributed claims: "According to the Pentagon,", "As disclosed by the Syrian
 * Observatory ...,", "Information obtained from a source within ... suggests". Each
 * phrase is tied to the data items (events, tallies, axes, shipments) whose `quote`
 * stands in the same paragraph after it (up to the next phrase), and carries their
 * sources and confidence.
 */
import type { Confidence } from '../schema/common.ts';
import type { Report } from '../schema/report.ts';
import { normaliseForQuote } from '../check/quotes.ts';

const PHRASES = [
  /\bAccording to [^,.]+(?=,)/g,
  /\bAs disclosed by [^,.]+(?=,)/g,
  /\bAs (?:the )?[^,.]+? (?:acknowledged|stated|reported|confirmed)(?=,)/g,
  /\bAs per [^,.]+(?=,)/g,
  /\bInformation obtained from [^,.]+?(?= (?:suggests|indicates|shows))/g,
];

export interface Attribution {
  /** Offsets of the phrase in the paragraph text. */
  start: number;
  end: number;
  phrase: string;
  /** Ids of the data items the phrase covers. */
  items: string[];
  sources: string[];
  /** Confidence levels of those items, hardest first, without repeats. */
  confidence: Confidence[];
}

const ORDER: Confidence[] = ['confirmed', 'reported', 'claimed', 'assessed'];

type Claims = Pick<Report, 'events' | 'tallies' | 'axes' | 'shipments'>;

/** Attribution phrases in one paragraph's text, each with the data it covers (may be none). */
export function findAttributions(paragraph: string, report: Claims): Attribution[] {
  const phrases = PHRASES.flatMap((re) => [...paragraph.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, phrase: m[0] })))
    .sort((a, b) => a.start - b.start)
    .filter((p, i, all) => i === 0 || p.start >= (all[i - 1]?.end ?? 0));
  const normal = normaliseForQuote(paragraph);
  const items = [...report.events, ...report.tallies, ...report.axes, ...report.shipments]
    .filter((item) => item.quote !== undefined)
    .map((item) => ({ item, at: normal.indexOf(normaliseForQuote(item.quote ?? '')) }))
    .filter((x) => x.at >= 0);
  return phrases.map((p, i) => {
    const from = normaliseForQuote(paragraph.slice(0, p.start)).length;
    const next = phrases[i + 1];
    const to = next ? normaliseForQuote(paragraph.slice(0, next.start)).length : Infinity;
    const covered = items.filter((x) => x.at >= from && x.at < to).map((x) => x.item);
    const sources = [...new Set(covered.flatMap((item) => item.sources))];
    const confidence = ORDER.filter((c) => covered.some((item) => item.confidence === c));
    return { ...p, items: covered.map((item) => item.id), sources, confidence };
  });
}
