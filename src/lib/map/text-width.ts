/**
 * Label widths without a browser: the advance width of each printable ASCII character, in hundredths of an em,
 * taking the wider of DejaVu Sans (what `system-ui` is on many Linux systems, and among the widest UI fonts)
 * and Liberation Sans (Arial's metrics), regular and bold. Measured once in Chromium with canvas `measureText`.
 * An estimate from this table is at least the width most readers' fonts draw, so a label placed with it is
 * never cut by the edge of the map. Other characters count as their unaccented letter, or a wide glyph.
 */

const REGULAR = [32,40,46,84,64,95,78,27,39,39,50,84,32,36,32,34,64,64,64,64,64,64,64,64,64,64,34,34,84,84,84,56,102,68,69,72,77,67,61,78,75,29,50,67,56,86,75,79,67,79,72,67,61,73,68,99,69,67,69,39,34,39,84,56,50,61,63,55,63,62,35,63,63,28,28,58,28,97,63,61,63,63,41,52,39,63,59,82,59,59,52,64,34,64,84];
const BOLD = [35,46,52,84,70,100,87,31,46,46,52,84,38,42,38,37,70,70,70,70,70,70,70,70,70,70,40,40,84,84,84,61,100,77,76,73,83,68,68,82,84,37,56,77,64,100,84,85,73,85,77,72,68,81,77,110,77,72,73,46,37,46,84,56,50,67,72,59,72,68,44,72,71,34,34,67,34,104,71,69,72,72,49,60,48,71,65,92,65,65,58,71,37,71,84];

export interface TextStyle {
  /** Font size in pixels. */
  size: number;
  bold?: boolean;
  /** Letter spacing in em (added after every character). */
  spacing?: number;
  uppercase?: boolean;
}

function advance(table: readonly number[], ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code < 127) return (table[code - 32] ?? 70) / 100;
  const plain = ch.normalize('NFD').charAt(0);
  const base = plain.charCodeAt(0);
  if (base >= 32 && base < 127) return (table[base - 32] ?? 70) / 100;
  return code >= 0x0590 ? 1 : 0.75;
}

/** The width in pixels of `text` drawn in `style` (a safe upper estimate, see above). */
export function textWidth(text: string, style: TextStyle): number {
  const table = style.bold ? BOLD : REGULAR;
  const shown = style.uppercase ? text.toUpperCase() : text;
  let em = 0;
  for (const ch of shown) em += advance(table, ch) + (style.spacing ?? 0);
  return Math.ceil(em * style.size);
}
