/**
 * Figures that cannot disagree with the data. Two checks over the article body:
 * - every `<Tally id="..." part="..." />` names a tally (and part) of the report (error);
 * - a number written by hand next to a tally's words ("attacked at least 45 times") that
 *   matches neither the tally's value nor one of its parts (warning).
 *
 * The heuristic, kept small on purpose: a number (digits, not a date, year, ordinal or
 * percentage) belongs to a tally when a word of the tally's unit or label (stemmed, generic
 * words left out) stands within WINDOW words of it, or when a part's label stands within
 * WINDOW words and a unit or label word within WIDE_WINDOW words before it, in the same paragraph.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { jsxAttributes } from '../report/rendered-text.ts';
import type { Report } from '../schema/report.ts';
import type { Tally } from '../schema/tally.ts';
import { tallyUseProblem } from '../view/tally-text.ts';

export interface BodyProblem {
  /** Offset in the text given (checkFigures) or in the file (checkTallyUses). */
  offset: number;
  path: (string | number)[];
  message: string;
  fix: string;
  severity: 'error' | 'warning';
  rule: string;
}

const WINDOW = 5;
const WIDE_WINDOW = 14;

const MONTHS = new Set(
  'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december'.split(' '),
);
const GENERIC = new Set(
  'the and of on in for with from by to at an or as per total number times time people forces force year years month months week weeks day days since between during'.split(' '),
);

/** Lowercase word without plural or past-tense endings: `attacks`, `attacked` → `attack`. */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function sameWord(word: string, key: string): boolean {
  const a = stem(word);
  const b = key;
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a));
}

/** The stems a tally is recognised by: its unit's words and its label's (parentheses and generic words left out). */
export function tallyKeys(tally: Pick<Tally, 'unit' | 'label'>): string[] {
  const words = `${tally.unit} ${tally.label.replace(/\([^)]*\)/g, ' ')}`.match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length >= 3 && !GENERIC.has(w.toLowerCase())).map(stem))];
}

interface Token {
  text: string;
  offset: number;
  paragraph: number;
  number?: number;
}

function tokenize(prose: string): Token[] {
  const tokens: Token[] = [];
  let paragraph = 0;
  let last = 0;
  for (const m of prose.matchAll(/\p{L}+|\d[\d,]*(?:\.\d+)?/gu)) {
    if (/\n[ \t]*\n/.test(prose.slice(last, m.index))) paragraph += 1;
    last = m.index + m[0].length;
    const token: Token = { text: m[0], offset: m.index, paragraph };
    if (/^\d/.test(m[0])) {
      const next = prose[last] ?? '';
      const clean = m[0].replace(/,$/, '');
      if (!/[\p{L}%]/u.test(next) && /^\d{1,3}(?:,\d{3})*$|^\d+$/.test(clean)) token.number = Number(clean.replace(/,/g, ''));
    }
    tokens.push(token);
  }
  return tokens;
}

/** Words that start a sentence before a figure ("In 45 attacks", "About 20 km"): capitalised, but no name. */
const SENTENCE_WORDS = new Set(
  'in on at by for of about over under nearly almost some all more fewer less the a an and or but with from to since after before during around approximately roughly only just exactly up'.split(' '),
);

/**
 * A number that is part of a name: right after a capitalised word, on the same line with one space
 * between ("Tower 22", "Brigade 313", "Route 4"). A sentence that starts with a figure has none before it.
 */
function isPartOfName(prose: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i]!;
  if (!prev || prev.number !== undefined || !/^\p{Lu}/u.test(prev.text) || SENTENCE_WORDS.has(prev.text.toLowerCase())) return false;
  return prose.slice(prev.offset + prev.text.length, t.offset) === ' ';
}

function isDateOrYear(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.number !== undefined && t.number >= 1900 && t.number <= 2100 && !t.text.includes(',')) return true;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (prev !== undefined && MONTHS.has(prev.text.toLowerCase())) || (next !== undefined && MONTHS.has(next.text.toLowerCase()));
}

function near(tokens: Token[], i: number, before: number, after: number, test: (word: string) => boolean): string | undefined {
  const { paragraph } = tokens[i]!;
  // Nearest first, so the word reported is the one that ties the number to the tally.
  for (let d = 1; d <= Math.max(before, after); d++) {
    for (const j of [i - d, i + d]) {
      const t = tokens[j];
      if (!t || (j < i ? d > before : d > after)) continue;
      if (t.paragraph === paragraph && t.number === undefined && test(t.text)) return t.text;
    }
  }
  return undefined;
}

/** Hand-written numbers next to a tally's words that differ from the tally (warnings), in `prose` as readers see it. */
export function checkFigures(report: Pick<Report, 'tallies'>, prose: string): BodyProblem[] {
  const tokens = tokenize(prose);
  const tallies = report.tallies.map((tally) => ({ tally, keys: tallyKeys(tally), parts: tally.breakdown.map((p) => p.label.toLowerCase()) }));
  const problems: BodyProblem[] = [];
  tokens.forEach((token, i) => {
    if (token.number === undefined || isDateOrYear(tokens, i) || isPartOfName(prose, tokens, i)) return;
    const linked: { tally: Tally; word: string }[] = [];
    for (const { tally, keys, parts } of tallies) {
      const isKey = (w: string) => keys.some((k) => sameWord(w, k));
      const part = near(tokens, i, WINDOW, WINDOW, (w) => parts.includes(w.toLowerCase()));
      const word = near(tokens, i, WINDOW, WINDOW, isKey) ?? (part && near(tokens, i, WIDE_WINDOW, 0, isKey) ? part : undefined);
      if (word) linked.push({ tally, word });
    }
    if (linked.length === 0) return;
    const n = token.number;
    if (linked.some(({ tally }) => tally.value === n || tally.breakdown.some((p) => p.value === n))) return;
    const { tally, word } = linked[0]!;
    const index = report.tallies.indexOf(tally);
    const parts = tally.breakdown.length ? ` (parts: ${tally.breakdown.map((p) => `${p.label} ${p.value}`).join(', ')})` : '';
    problems.push({
      offset: token.offset,
      path: ['tallies', index, 'value'],
      message: `the article says ${token.text.replace(/,$/, '')} next to '${word}', but tally '${tally.id}' is ${tally.value}${parts}`,
      fix: `correct the figure in the text or in the data, or write <Tally id="${tally.id}" /> so the text follows the data`,
      severity: 'warning',
      rule: 'tally-figure',
    });
  });
  return problems;
}

/** `<Tally id part />` uses in `tree` that name no tally or no part of it (errors, with a did-you-mean; offsets in the file). */
export function checkTallyUses(report: Pick<Report, 'tallies'>, tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  visit(tree, (node) => {
    if ((node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') || (node as MdxJsxTextElement).name !== 'Tally') return;
    const element = node as MdxJsxTextElement | MdxJsxFlowElement;
    // An attribute written as an expression is the body-safety check's error, not a missing id.
    if (element.attributes.some((a) => a.type !== 'mdxJsxAttribute' || (a.value !== null && typeof a.value === 'object'))) return;
    const attrs = jsxAttributes(element);
    const problem = tallyUseProblem(report, typeof attrs['id'] === 'string' ? attrs['id'] : undefined, typeof attrs['part'] === 'string' ? attrs['part'] : undefined);
    if (problem) problems.push({ offset: node.position?.start.offset ?? 0, path: [], ...problem, severity: 'error', rule: 'tally-use' });
  });
  return problems;
}
