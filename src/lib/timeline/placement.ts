/**
 * Placing marks and their labels without overlaps and inside the picture. Each thing to
 * place is a block: a few boxes (a mark and its label) that move together across the time
 * axis (down a lane's rows, or along a vertical label column). A block takes the first
 * offset where none of its boxes touches a box already placed and all lie inside the
 * bounds; a label that finds no room is left out, never cut (its text stays in the mark's
 * accessible name, its tooltip and the events table).
 */
import type { Box } from './types.ts';

/** True when two boxes overlap, keeping `gap` units between them. */
export function collides(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

/** True when `inner` lies inside `outer`. */
export function inside(inner: Box, outer: Box): boolean {
  const e = 1e-6;
  return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.x + inner.w <= outer.x + outer.w + e && inner.y + inner.h <= outer.y + outer.h + e;
}

/** `box` moved by (dx, dy). */
export function shift(box: Box, dx: number, dy: number): Box {
  return { x: box.x + dx, y: box.y + dy, w: box.w, h: box.h };
}

/** A box of width `w` at `x`, moved (never shrunk) so that it lies within [from, to] where it can. */
export function clampSpan(x: number, w: number, from: number, to: number): number {
  return Math.max(from, Math.min(x, to - w));
}

/** The set of boxes placed so far, with a coarse index along one axis for speed. */
export class Occupancy {
  readonly #cell: number;
  readonly #cells = new Map<number, Box[]>();
  readonly #axis: 'x' | 'y';
  constructor(axis: 'x' | 'y', cell = 64) {
    this.#axis = axis;
    this.#cell = cell;
  }
  #range(box: Box): [number, number] {
    const from = this.#axis === 'x' ? box.x : box.y;
    const size = this.#axis === 'x' ? box.w : box.h;
    return [Math.floor(from / this.#cell), Math.floor((from + size) / this.#cell)];
  }
  add(box: Box): void {
    const [a, b] = this.#range(box);
    for (let i = a; i <= b; i++) {
      const list = this.#cells.get(i);
      if (list) list.push(box);
      else this.#cells.set(i, [box]);
    }
  }
  /** True when `box` touches nothing placed (with `gap` units to spare). */
  free(box: Box, gap: number): boolean {
    const [a, b] = this.#range({ x: box.x - gap, y: box.y - gap, w: box.w + 2 * gap, h: box.h + 2 * gap });
    for (let i = a; i <= b; i++) for (const other of this.#cells.get(i) ?? []) if (collides(box, other, gap)) return false;
    return true;
  }
}

/** One way to place a block: its boxes at offset 0, and which of them is the label (if any). */
export interface BlockShape<T> {
  boxes: Box[];
  /** Passed back with the result (e.g. the label's lines). */
  data: T;
}

/**
 * The first offset among `offsets` where every box of a shape, moved along `axis`, is free
 * and inside `bounds`; shapes are tried in order at each offset, or, with `byShape`, each
 * shape through every offset before the next shape. Null when nothing fits.
 */
export function firstFit<T>(
  shapes: readonly BlockShape<T>[],
  offsets: Iterable<number>,
  axis: 'x' | 'y',
  taken: Occupancy,
  bounds: Box,
  gap: number,
): { offset: number; shape: BlockShape<T> } | null {
  const list = [...offsets];
  for (const offset of list) {
    for (const shape of shapes) {
      const moved = shape.boxes.map((box) => (axis === 'y' ? shift(box, 0, offset) : shift(box, offset, 0)));
      if (moved.every((box) => inside(box, bounds) && taken.free(box, gap))) return { offset, shape };
    }
  }
  return null;
}

/** Offsets from `from` to `to` (inclusive) in steps of `step`, nearest `prefer` first. */
export function offsetsNear(prefer: number, from: number, to: number, step: number): number[] {
  const out: number[] = [];
  if (to < from) return out;
  const p = Math.min(to, Math.max(from, prefer));
  out.push(p);
  for (let d = step; p - d >= from - 1e-9 || p + d <= to + 1e-9; d += step) {
    if (p + d <= to + 1e-9) out.push(p + d);
    if (p - d >= from - 1e-9) out.push(p - d);
  }
  return out;
}

/** Offsets from `from` to `to` in steps of `step`, ascending. */
export function offsetsUp(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to + 1e-9; v += step) out.push(v);
  return out;
}
