/**
 * Label placement without overlaps: text widths are estimated (no DOM at build time),
 * items are packed greedily into rows, and labels that do not fit are thinned out
 * (the mark stays, with its accessible name; only the visible text is dropped).
 */

/** Font size of labels, in SVG units. */
export const FONT = 11;
/** Line height of labels in the vertical layout. */
export const LINE = 13;

/** Average advance of a character in the UI sans-serif, as a share of the font size. */
const CHAR_EM = 0.56;

/** Estimated width of `text` set at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * CHAR_EM;
}

/** `text` cut at a word boundary (with an ellipsis) so that it fits `maxWidth`, or null if not even a word fits. */
export function fitText(text: string, maxWidth: number, fontSize: number): string | null {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const words = text.split(/\s+/);
  let out = '';
  for (const word of words) {
    const next = out ? `${out} ${word}` : word;
    if (textWidth(`${next}…`, fontSize) > maxWidth) break;
    out = next;
  }
  return out ? `${out.replace(/[,:;.]$/, '')}…` : null;
}

/** A span along one axis, [from, to). */
export interface Span {
  from: number;
  to: number;
}

/** True when two spans overlap, allowing `gap` units between them. */
export function overlaps(a: Span, b: Span, gap = 0): boolean {
  return a.from < b.to + gap && b.from < a.to + gap;
}

/**
 * Greedy interval packing: each item goes into the first row where it collides with
 * nothing (its `span`), or, failing that, the first row where its `core` (the mark
 * without its label) collides with nothing; then its label is dropped. Returns per
 * item the row and whether its label is kept. Items are taken in the given order, so
 * pass the most important first.
 */
export function packRows(items: readonly { span: Span; core: Span }[], maxRows: number, gap = 4): { row: number; labeled: boolean }[] {
  const rows: Span[][] = Array.from({ length: Math.max(1, maxRows) }, () => []);
  return items.map((item) => {
    let row = rows.findIndex((taken) => taken.every((other) => !overlaps(item.span, other, gap)));
    if (row >= 0) {
      rows[row]!.push(item.span);
      return { row, labeled: true };
    }
    row = rows.findIndex((taken) => taken.every((other) => !overlaps(item.core, other, 1)));
    if (row < 0) row = rows.length - 1;
    rows[row]!.push(item.core);
    return { row, labeled: false };
  });
}

/**
 * Places labels along one axis (vertical timelines): each wants to sit at `at`, and is
 * pushed after the one before it by at least `size`; a label pushed further than
 * `maxShift` from where it wants to be, or past `limit`, is thinned out (null).
 */
export function stackLabels(wanted: readonly number[], size: number, maxShift: number, limit: number): (number | null)[] {
  const order = wanted.map((at, index) => ({ at, index })).sort((a, b) => a.at - b.at || a.index - b.index);
  const placed: (number | null)[] = wanted.map(() => null);
  let next = -Infinity;
  for (const { at, index } of order) {
    const position = Math.max(at, next);
    if (position - at > maxShift || position > limit) continue;
    placed[index] = position;
    next = position + size;
  }
  return placed;
}

/** `text` broken into at most `maxLines` lines that fit `maxWidth` (the last one cut with an ellipsis), or null. */
export function fitLines(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] | null {
  const lines: string[] = [];
  let rest = text.trim();
  while (rest && lines.length < maxLines - 1) {
    if (textWidth(rest, fontSize) <= maxWidth) break;
    const words = rest.split(/\s+/);
    let line = '';
    let used = 0;
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (textWidth(next, fontSize) > maxWidth) break;
      line = next;
      used++;
    }
    if (!line) break;
    lines.push(line);
    rest = words.slice(used).join(' ');
  }
  if (rest) {
    const last = fitText(rest, maxWidth, fontSize);
    if (last) lines.push(last);
    else if (lines.length === 0) return null;
  }
  return lines.length ? lines : null;
}

/**
 * Places blocks of different sizes along one axis: each wants to start at `at`, keeps clear
 * of the spans in `taken` and of the blocks placed before it (in order of `at`), and is
 * dropped (null) when it would move more than `maxShift` (or the block's own) or end past `limit`.
 */
export function placeAlong(blocks: readonly { at: number; size: number; maxShift?: number }[], taken: readonly Span[], maxShift: number, limit: number): (number | null)[] {
  const occupied: Span[] = [...taken];
  const result: (number | null)[] = blocks.map(() => null);
  const order = blocks.map((block, i) => ({ ...block, i })).sort((a, b) => a.at - b.at || a.i - b.i);
  for (const { at, size, i, maxShift: own } of order) {
    let position = at;
    for (let guard = 0; guard < occupied.length + 1; guard++) {
      const span = { from: position, to: position + size };
      const clash = occupied.filter((o) => overlaps(span, o)).reduce<number | null>((end, o) => Math.max(end ?? -Infinity, o.to), null);
      if (clash === null) break;
      position = clash;
    }
    if (position - at > (own ?? maxShift) || position + size > limit) continue;
    occupied.push({ from: position, to: position + size });
    result[i] = position;
  }
  return result;
}
