/**
 * Label placement: each label goes right, left, above or below its symbol, wherever it overlaps
 * the fewest symbols and labels already placed (greedy, in the order given) and stays in the box.
 */

export type LabelSide = 'right' | 'left' | 'top' | 'bottom';

export interface LabelItem {
  id: string;
  /** Symbol centre, in pixels. */
  x: number;
  y: number;
  text: string;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Average glyph width of an 11px label, in pixels. */
export const GLYPH = 6.1;

export const box = (x: number, y: number, w: number, h: number): Box => ({ x0: x, y0: y, x1: x + w, y1: y + h });

/** The box a label takes on each side of a symbol at x, y. */
export function labelBox(side: LabelSide, x: number, y: number, text: string): Box {
  const w = text.length * GLYPH;
  if (side === 'right') return box(x + 9, y - 7, w, 13);
  if (side === 'left') return box(x - 9 - w, y - 7, w, 13);
  if (side === 'top') return box(x - w / 2, y - 21, w, 13);
  return box(x - w / 2, y + 7, w, 13);
}

export function overlap(b: Box, others: readonly Box[]): number {
  let sum = 0;
  for (const o of others) sum += Math.max(0, Math.min(b.x1, o.x1) - Math.max(b.x0, o.x0)) * Math.max(0, Math.min(b.y1, o.y1) - Math.max(b.y0, o.y0));
  return sum;
}

/**
 * Sides for `items` within a `width` × `height` view, avoiding `obstacles` (symbols, other
 * labels) and each other.
 */
export function placeLabels(items: readonly LabelItem[], obstacles: readonly Box[], width: number, height: number): Map<string, LabelSide> {
  const taken = [...obstacles];
  const sides = new Map<string, LabelSide>();
  for (const item of items) {
    const options = (['right', 'left', 'top', 'bottom'] as const).map((side) => ({ side, b: labelBox(side, item.x, item.y, item.text) }));
    const inside = options.filter(({ b }) => b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height);
    const best = [...(inside.length > 0 ? inside : options)].sort((a, b) => overlap(a.b, taken) - overlap(b.b, taken))[0];
    if (!best) continue;
    taken.push(best.b);
    sides.set(item.id, best.side);
  }
  return sides;
}

/** Offsets tried for a free-standing tag (an axis name) around its anchor, nearest first. */
const TAG_OFFSETS: [number, number][] = [[0, -8], [0, 14], [34, -8], [-34, -8], [34, 14], [-34, 14], [0, -26], [0, 30]];

/** The box of a tag centred on x with its baseline at y. */
export function tagBox(x: number, y: number, text: string): Box {
  const w = text.length * GLYPH;
  return box(x - w / 2, y - 11, w, 13);
}

/** Where to write a tag near x, y (centre, baseline) so it covers the fewest obstacles. */
export function placeTag(x: number, y: number, text: string, obstacles: readonly Box[]): { x: number; y: number } {
  let best = { x, y: y - 8, cost: Infinity };
  for (const [dx, dy] of TAG_OFFSETS) {
    const cost = overlap(tagBox(x + dx, y + dy, text), obstacles);
    if (cost === 0) return { x: x + dx, y: y + dy };
    if (cost < best.cost) best = { x: x + dx, y: y + dy, cost };
  }
  return { x: best.x, y: best.y };
}
