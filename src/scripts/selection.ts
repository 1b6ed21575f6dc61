/**
 * One small shared selection state for the linked views (article, map, timeline, URL).
 * Each view publishes to it and subscribes to it; no view imports another.
 */

export type RefKind = 'place' | 'actor' | 'event' | 'tally' | 'source' | 'axis' | 'paragraph';

/** A reference to one item of a report's data. */
export interface Ref {
  kind: RefKind;
  id: string;
}

/** A span of calendar days, YYYY-MM-DD, inclusive. */
export interface DayRange {
  start: string;
  end: string;
}

export interface SelectionState {
  /** The item chosen (click, Enter, deep link). */
  selected: Ref | null;
  /** The item pointed at (hover or focus). */
  hovered: Ref | null;
  /** A date range brushed on the timeline: other views dim what falls outside it. */
  range: DayRange | null;
  /** The paragraph being read (scrollytelling) and what it speaks of: the map fits to it, the timeline marks it. */
  focus: Focus | null;
}

export interface Focus {
  paragraph: string;
  refs: Ref[];
  /** The map zoom a step asks for (the map fits to the refs' places when it is absent). */
  zoom?: number;
}

/** Who made a change: views ignore the changes they made themselves. */
export type Origin = 'article' | 'map' | 'timeline' | 'url' | 'panel' | 'scroll';

export type Listener = (state: Readonly<SelectionState>, change: { origin: Origin; keys: (keyof SelectionState)[] }) => void;

export function sameRef(a: Ref | null, b: Ref | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}

function sameRange(a: DayRange | null, b: DayRange | null): boolean {
  return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
}

function sameFocus(a: Focus | null, b: Focus | null): boolean {
  return a === b || (a !== null && b !== null && a.paragraph === b.paragraph);
}

function same(key: keyof SelectionState, a: unknown, b: unknown): boolean {
  if (key === 'range') return sameRange(a as DayRange | null, b as DayRange | null);
  if (key === 'focus') return sameFocus(a as Focus | null, b as Focus | null);
  return sameRef(a as Ref | null, b as Ref | null);
}

export interface SelectionStore {
  get(): Readonly<SelectionState>;
  /** Applies a partial change; listeners hear it only if something changed. */
  set(patch: Partial<SelectionState>, origin: Origin): void;
  /** Returns the function that unsubscribes. */
  subscribe(listener: Listener): () => void;
}

export function createSelection(initial: Partial<SelectionState> = {}): SelectionStore {
  let state: SelectionState = { selected: null, hovered: null, range: null, focus: null, ...initial };
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(patch, origin) {
      const keys = (Object.keys(patch) as (keyof SelectionState)[]).filter((key) => !same(key, state[key], patch[key] ?? null));
      if (keys.length === 0) return;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener(state, { origin, keys });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

declare global {
  interface Window {
    sitrepSelection?: SelectionStore;
  }
}

/** The page's one store, shared by every view's script (created on first use). */
export function pageSelection(): SelectionStore {
  window.sitrepSelection ??= createSelection();
  return window.sitrepSelection;
}
