/**
 * Label placement shared by the static and the interactive map. Labels are placed greedily in the order
 * given: each tries the cartographer's positions around its point (right, left, the four diagonals, above,
 * below), then, for a report's place, the same directions further out with a leader line. A label goes where
 * it overlaps nothing already placed and stays wholly inside the view, with room for its halo. A label that
 * finds no such spot is dropped, unless it is `required` (a report's place): then it takes the spot inside the
 * view that overlaps least, and is never cut or shortened.
 */
import { textWidth, type TextStyle } from './text-width.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Anchor = 'start' | 'middle' | 'end';

export const box = (x: number, y: number, w: number, h: number): Box => ({ x0: x, y0: y, x1: x + w, y1: y + h });

/** The area two boxes share, in square pixels. */
export function overlapArea(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
}

export function overlap(b: Box, others: readonly Box[]): number {
  let sum = 0;
  for (const o of others) sum += overlapArea(b, o);
  return sum;
}

export interface LabelRequest {
  id: string;
  text: string;
  /** The point labelled (a symbol's or an area's centre), in pixels. */
  x: number;
  y: number;
  style: TextStyle;
  /** A report's place: never dropped. */
  required?: boolean;
  /** Placed in turn with the required labels (before the rest), but only where it is free: an axis's name. */
  early?: boolean;
  /** `around` a symbol of radius `offset`, or `centred` on the point (areas, countries, waters). */
  mode: 'around' | 'centred';
  offset?: number;
  /** Other points the label may be centred on (further along a river, elsewhere in an area). */
  alternatives?: readonly { x: number; y: number }[];
  /** The symbol drawn with the label (a reference town's dot): it must be free too, and is drawn only if the label is. */
  symbol?: Box;
  /** A long name may also be set on two lines (area names). */
  wrap?: boolean;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** The text as drawn: one line, or two for a long name set on two lines. */
  lines: string[];
  /** Where the text is drawn: x at `anchor`, y at the baseline. */
  x: number;
  y: number;
  anchor: Anchor;
  /** The text's box (without its halo). */
  box: Box;
  /** From the point to the label's edge, when the label sits away from its symbol. */
  leader: [number, number, number, number] | null;
  /** True when a required label found no free spot and overlaps something. */
  crowded: boolean;
}

export interface LayoutOptions {
  /** Room kept free around every label for its halo, in pixels (default 2). */
  halo?: number;
  /** How text is measured (default: the safe estimate of `textWidth`; a browser may pass real widths). */
  measure?: (text: string, style: TextStyle) => number;
}

/** The height a line of text takes: ascenders to descenders. */
export const lineHeight = (style: Pick<TextStyle, 'size'>): number => Math.ceil(style.size * 1.2);

type Spot = { x: number; y: number; anchor: Anchor; box: Box; leader: PlacedLabel['leader']; lines: string[] };

/** Right, left, the four diagonals, above, below: the order cartographers prefer around a point symbol. */
const DIRECTIONS: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0.72, -0.72],
  [0.72, 0.72],
  [-0.72, -0.72],
  [-0.72, 0.72],
  [0, -1],
  [0, 1],
];
/** Sixteen directions, for labels set further out on a leader line. */
const FAR: [number, number][] = Array.from({ length: 16 }, (_, k) => [Math.round(Math.cos((k * Math.PI) / 8) * 100) / 100, Math.round(Math.sin((k * Math.PI) / 8) * 100) / 100]);

/** A long name split into two lines of about equal length, at a space; undefined if it has no space. */
export function twoLines(text: string): [string, string] | undefined {
  const words = text.split(' ');
  if (words.length < 2) return undefined;
  let best: [string, string] | undefined;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    if (!best || Math.max(a.length, b.length) < Math.max(best[0].length, best[1].length)) best = [a, b];
  }
  return best;
}

/** A label's spot in direction (dx, dy) at distance `r` from (x, y). */
function spotAround(x: number, y: number, w: number, h: number, size: number, [dx, dy]: [number, number], r: number, leader: boolean, lines: string[]): Spot {
  const anchor: Anchor = dx > 0.1 ? 'start' : dx < -0.1 ? 'end' : 'middle';
  const ax = x + dx * r;
  // Vertically: beside the point the text is centred on it; above or below it clears the point by `r`.
  const cy = y + dy * r + (dy === 0 ? 0 : Math.sign(dy) * (h / 2) * (Math.abs(dx) > 0.1 ? 0.6 : 1));
  const x0 = anchor === 'start' ? ax : anchor === 'end' ? ax - w : ax - w / 2;
  const b = box(x0, cy - h / 2, w, h);
  const edgeX = anchor === 'start' ? b.x0 : anchor === 'end' ? b.x1 : ax;
  const edgeY = dy === 0 ? cy : dy < 0 ? b.y1 : b.y0;
  const baseline = cy - h / 2 + (lineHeight({ size }) - size) / 2 + size * 0.84;
  return { x: round1(ax), y: round1(baseline), anchor, box: b, leader: leader ? [x, y, edgeX, edgeY] : null, lines };
}

function spotCentred(x: number, y: number, w: number, h: number, size: number, lines: string[]): Spot {
  const baseline = y - h / 2 + (lineHeight({ size }) - size) / 2 + size * 0.84;
  return { x: round1(x), y: round1(baseline), anchor: 'middle', box: box(x - w / 2, y - h / 2, w, h), leader: null, lines };
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

/** Where a label may go, best first: near its point, then (for a required label) further out. */
function candidates(r: LabelRequest, measure: (text: string, style: TextStyle) => number): Spot[] {
  const size = r.style.size;
  const one = [r.text];
  const two = r.wrap ? twoLines(r.text) : undefined;
  const variants = two ? [one, two] : [one];
  const out: Spot[] = [];
  for (const lines of variants) {
    const w = Math.max(...lines.map((l) => measure(l, r.style)));
    const h = lineHeight(r.style) * lines.length;
    if (r.mode === 'centred') {
      const points = [{ x: r.x, y: r.y }, ...(r.alternatives ?? [])];
      const shifts: [number, number][] = r.required ? [[0, 0], [0, -h], [0, h]] : [[0, 0]];
      for (const p of points) for (const [dx, dy] of shifts) out.push(spotCentred(p.x + dx, p.y + dy, w, h, size, lines));
      if (r.required || r.early) for (const d of [6, 18]) for (const p of points) for (const dir of DIRECTIONS) out.push(spotAround(p.x, p.y, w, h, size, dir, d, false, lines));
      continue;
    }
    const near = (r.offset ?? 6) + 3;
    for (const dir of DIRECTIONS) out.push(spotAround(r.x, r.y, w, h, size, dir, near, false, lines));
    if (r.required) for (const d of [near + 12, near + 24, near + 40, near + 60]) for (const dir of FAR) out.push(spotAround(r.x, r.y, w, h, size, dir, d, true, lines));
  }
  return out;
}

const grow = (b: Box, by: number): Box => ({ x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by });
const inside = (b: Box, width: number, height: number): boolean => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height;

/**
 * The candidates that lie wholly inside the view. A required label with none (a long name by the edge of a
 * small map) gets its near spots moved inside instead: shifted, never cut.
 */
function spotsInside(r: LabelRequest, all: Spot[], width: number, height: number, halo: number): Spot[] {
  const fits = all.filter((s) => inside(grow(s.box, halo), width, height));
  if (fits.length > 0 || !r.required) return fits;
  return all.slice(0, DIRECTIONS.length).flatMap((s) => {
    const w = s.box.x1 - s.box.x0;
    const h = s.box.y1 - s.box.y0;
    if (w + 2 * halo > width || h + 2 * halo > height) return [];
    const dx = Math.max(halo - s.box.x0, 0) + Math.min(width - halo - s.box.x1, 0);
    const dy = Math.max(halo - s.box.y0, 0) + Math.min(height - halo - s.box.y1, 0);
    const moved = box(s.box.x0 + dx, s.box.y0 + dy, w, h);
    return [{ ...s, x: round1(s.x + dx), y: round1(s.y + dy), box: moved, leader: s.leader }];
  });
}

/**
 * Places `requests` (in priority order) in a `width` × `height` view around `obstacles` (symbols, arrows'
 * tags). Required labels go first, in order; a required label left crowded is then given a second chance:
 * a neighbour it overlaps is lifted, and if both find free spots the swap is kept. Then the others, in order,
 * each where it is free or not at all. Returns the placed labels by id; a label missing from the map was dropped.
 */
export function layoutLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], width: number, height: number, options: LayoutOptions = {}): Map<string, PlacedLabel> {
  const halo = options.halo ?? 2;
  const measure = options.measure ?? textWidth;
  const fixed: Box[] = obstacles.map((o) => grow(o, 1));
  type Held = { request: LabelRequest; spot: Spot; cost: number };
  const held = new Map<string, Held>();
  const boxesOf = (h: Held): Box[] => [grow(h.spot.box, halo), ...(h.request.symbol ? [h.request.symbol] : [])];
  const index = new BoxIndex(fixed);
  /** An index of everything placed but `except`, for the repair pass. */
  const without = (except: readonly string[]): BoxIndex => new BoxIndex([...fixed, ...[...held].flatMap(([id, h]) => (except.includes(id) ? [] : boxesOf(h)))]);
  const spotsOf = new Map<string, Spot[]>();
  const spots = (r: LabelRequest): Spot[] => {
    let list = spotsOf.get(r.id);
    if (!list) spotsOf.set(r.id, (list = spotsInside(r, candidates(r, measure), width, height, halo)));
    return list;
  };

  /** The first free spot, or (when `fallback`) the least crowded one. */
  const find = (r: LabelRequest, against: BoxIndex, fallback: boolean): { spot: Spot; cost: number } | undefined => {
    if (r.symbol && against.cost(r.symbol) > 0) return undefined;
    let best: { spot: Spot; cost: number } | undefined;
    for (const spot of spots(r)) {
      const cost = against.cost(grow(spot.box, halo));
      if (cost < 1) return { spot, cost: 0 };
      if (fallback && (!best || cost < best.cost)) best = { spot, cost };
    }
    return best;
  };
  const hold = (r: LabelRequest, found: { spot: Spot; cost: number }): void => {
    const h = { request: r, ...found };
    held.set(r.id, h);
    for (const b of boxesOf(h)) index.add(b);
  };

  for (const r of requests) {
    if (!r.required && !r.early) continue;
    const found = find(r, index, r.required === true);
    if (found) hold(r, found);
  }
  let repaired = false;
  for (let pass = 0; pass < 2; pass++) {
    for (const [id, h] of held) {
      if (h.cost === 0) continue;
      const mineBox = grow(h.spot.box, halo);
      for (const [otherId, other] of [...held]) {
        if (otherId === id || overlap(mineBox, boxesOf(other)) === 0) continue;
        const freed = without([id, otherId]);
        const mine = find(h.request, freed, false);
        if (!mine) continue;
        freed.add(grow(mine.spot.box, halo));
        const theirs = find(other.request, freed, false);
        if (!theirs) continue;
        held.set(id, { request: h.request, ...mine });
        held.set(otherId, { request: other.request, ...theirs });
        repaired = true;
        break;
      }
    }
  }
  const rest = repaired ? without([]) : index;
  for (const r of requests) {
    if (r.required || r.early) continue;
    const found = find(r, rest, false);
    if (!found) continue;
    const h = { request: r, ...found };
    held.set(r.id, h);
    for (const b of boxesOf(h)) rest.add(b);
  }

  const placed = new Map<string, PlacedLabel>();
  for (const r of requests) {
    const h = held.get(r.id);
    if (!h) continue;
    const { spot } = h;
    placed.set(r.id, { id: r.id, text: r.text, lines: spot.lines, x: spot.x, y: spot.y, anchor: spot.anchor, box: spot.box, leader: spot.leader, crowded: h.cost > 0 });
  }
  return placed;
}

/** Boxes in a grid of cells, so a new label is checked only against its neighbours. */
class BoxIndex {
  static readonly CELL = 48;
  readonly #cells = new Map<number, Box[]>();

  constructor(boxes: readonly Box[] = []) {
    for (const b of boxes) this.add(b);
  }

  #keys(b: Box): number[] {
    const c = BoxIndex.CELL;
    const keys: number[] = [];
    for (let i = Math.floor(b.x0 / c); i <= Math.floor(b.x1 / c); i++) for (let j = Math.floor(b.y0 / c); j <= Math.floor(b.y1 / c); j++) keys.push((i + 1000) * 4000 + (j + 1000));
    return keys;
  }

  add(b: Box): void {
    for (const key of this.#keys(b)) {
      const cell = this.#cells.get(key);
      if (cell) cell.push(b);
      else this.#cells.set(key, [b]);
    }
  }

  /** The area `b` shares with the boxes indexed (each counted once). */
  cost(b: Box): number {
    const seen = new Set<Box>();
    let sum = 0;
    for (const key of this.#keys(b)) {
      for (const o of this.#cells.get(key) ?? []) {
        if (seen.has(o)) continue;
        seen.add(o);
        sum += overlapArea(b, o);
      }
    }
    return sum;
  }
}
