/**
 * Attributed claims: "According to the Pentagon,", "As disclosed by the Syrian
 * Observatory ...,", "Information obtained from a source within ... suggests". Each
 * phrase is tied to the data items (events, tallies, axes, shipments) whose `quote`
 * stands in the same paragraph after it (up to the next phrase), and carries their
 * sources and confidence. A trailing phrase ("…, as indicated by statements from …")
 * covers the quote that ends just before it instead.
 */
import type { Confidence } from '../schema/common.ts';
import type { Report } from '../schema/report.ts';
import { normaliseForQuote } from '../text/normalise.ts';

const PHRASES = [
  /\bAccording to [^,.]+(?=,)/g,
  /\bAs disclosed by [^,.]+(?=,)/g,
  /\bAs (?:the )?[^,.]+? (?:acknowledged|stated|reported|confirmed)(?=,)/g,
  /\bAs per [^,.]+(?=,)/g,
  /\bInformation obtained from [^,.]+?(?= (?:suggests|indicates|shows))/g,
];

/** Phrases that follow the claim they attribute: "…, as indicated by statements from sources close to Hajj Mahdi." */
const TRAILING = /\bas (?:indicated|reported|stated|claimed|confirmed) by [^.;]+?(?=[.;])/g;

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
  const found = (re: RegExp, trailing: boolean) => [...paragraph.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, phrase: m[0], trailing }));
  const phrases = [...PHRASES.flatMap((re) => found(re, false)), ...found(TRAILING, true)]
    .sort((a, b) => a.start - b.start)
    .filter((p, i, all) => i === 0 || p.start >= (all[i - 1]?.end ?? 0));
  const normal = normaliseForQuote(paragraph);
  const offset = (at: number) => normaliseForQuote(paragraph.slice(0, at)).length;
  const items = [...report.events, ...report.tallies, ...report.axes, ...report.shipments]
    .filter((item) => item.quote !== undefined)
    .map((item) => {
      const quote = normaliseForQuote(item.quote ?? '');
      const at = normal.indexOf(quote);
      return { item, at, end: at + quote.length };
    })
    .filter((x) => x.at >= 0);
  const claimedByTrailing = new Map(phrases.filter((p) => p.trailing).map((p) => [p, items.filter((x) => offset(p.start) - x.end >= 0 && offset(p.start) - x.end <= 3)]));
  const taken = new Set([...claimedByTrailing.values()].flat().map((x) => x.item.id));
  return phrases.map((p, i) => {
    const next = phrases[i + 1];
    const to = next ? offset(next.start) : Infinity;
    const covered = (claimedByTrailing.get(p) ?? items.filter((x) => !taken.has(x.item.id) && x.at >= offset(p.start) && x.at < to)).map((x) => x.item);
    const sources = [...new Set(covered.flatMap((item) => item.sources))];
    const confidence = ORDER.filter((c) => covered.some((item) => item.confidence === c));
    return { start: p.start, end: p.end, phrase: p.phrase, items: covered.map((item) => item.id), sources, confidence };
  });
}
