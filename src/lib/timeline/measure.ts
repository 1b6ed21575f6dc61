/**
 * Text measurement without a DOM (the SVG is written at build time): widths are summed
 * from per-character advances, the wider of DejaVu Sans and Liberation Sans (Arial's
 * metrics) for each printable ASCII character, so that a label measured here is no
 * narrower on screen with any common UI font. Text is wrapped at spaces, never cut.
 */

/** Advances of the characters U+0020 to U+007E, in hundredths of an em. */
const ASCII = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 56, 102, 68, 69, 72, 77, 67, 61, 78,
  75, 29, 50, 67, 56, 86, 75, 79, 67, 79, 72, 67, 61, 73, 68, 99, 69, 67, 69, 39, 34, 39, 84, 56, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61,
  63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
];

/** A little room for hinting and font differences. */
const SLACK = 1.04;

function advance(code: number): number {
  if (code >= 0x20 && code <= 0x7e) return ASCII[code - 0x20]! / 100;
  if (code === 0x2009 || code === 0x200a) return 0.2; // thin and hair spaces (Intl's date ranges)
  if (code === 0x00a0 || code === 0x202f) return 0.32;
  if (code === 0x2013 || code === 0x2212) return 0.56;
  if (code === 0x2014 || code === 0x2026) return 1;
  if (code >= 0x200b && code <= 0x200f) return 0; // zero-width and direction marks
  if (code >= 0x0600 && code <= 0x06ff) return 0.5; // Arabic letters, joined
  if (code >= 0x2e80) return 1; // CJK and wider
  return 0.68;
}

/** Bold text is up to this much wider. */
const BOLD = 1.12;

/** Estimated width of `text` set at `fontSize` (an upper bound for common sans-serif UI fonts). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += advance(char.codePointAt(0)!);
  return em * fontSize * SLACK * (bold ? BOLD : 1);
}

/** Width of the widest of `lines`. */
export function linesWidth(lines: readonly string[], fontSize: number, bold = false): number {
  return Math.max(0, ...lines.map((line) => textWidth(line, fontSize, bold)));
}

/**
 * `text` broken at spaces into lines no wider than `maxWidth`, or null when it needs more than
 * `maxLines` lines or one word is wider than `maxWidth`. Never shortened.
 */
export function wrap(text: string, maxWidth: number, fontSize: number, maxLines = Infinity, bold = false): string[] | null {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, fontSize, bold) <= maxWidth) {
      line = next;
      continue;
    }
    if (!line || textWidth(word, fontSize, bold) > maxWidth) return null;
    lines.push(line);
    line = word;
    if (lines.length >= maxLines) return null;
  }
  lines.push(line);
  return lines;
}

/**
 * Ways to set `text` as a block, narrowest last: one line if it fits `maxWidth`, then wrapped
 * to each of `widths` (those under `maxWidth`) in at most `maxLines` lines. Distinct layouts only.
 */
export function textShapes(text: string, fontSize: number, maxWidth: number, widths: readonly number[], maxLines: number): string[][] {
  const shapes: string[][] = [];
  const seen = new Set<string>();
  for (const width of [maxWidth, ...widths.filter((w) => w < maxWidth)]) {
    const lines = wrap(text, width, fontSize, maxLines);
    if (!lines) continue;
    const key = lines.join('\n');
    if (seen.has(key)) continue;
    seen.add(key);
    shapes.push(lines);
  }
  return shapes;
}
