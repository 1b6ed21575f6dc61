/** Text for share images: lines wrapped to a width by an estimate of glyph widths (SVG has no wrapping). */

/** Average advance of a glyph, in ems, for a sans-serif at the given weight (DejaVu Sans runs wide). */
const AVERAGE_EM = { regular: 0.56, bold: 0.62 } as const;

/**
 * `text` broken into at most `maxLines` lines of about `width` pixels at `fontSize`, at spaces; the last
 * line ends with an ellipsis when the text is longer. A word longer than a line is cut.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number, weight: keyof typeof AVERAGE_EM = 'regular'): string[] {
  const perLine = Math.max(4, Math.floor(width / (fontSize * AVERAGE_EM[weight])));
  const words = text.trim().split(/\s+/).filter(Boolean).map((w) => (w.length > perLine ? `${w.slice(0, perLine - 1)}…` : w));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length + 1 > perLine ? last.slice(0, perLine - 1).replace(/\s+\S*$/, '') : last}…`;
  return kept;
}
