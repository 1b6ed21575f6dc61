/**
 * The URL fragment mirrors the selection, so a view can be cited and restored:
 * `#place=al-tanf`, `#event=us-strikes-2023-10-26`, `#range=2023-10-17..2023-11-09`, or both
 * (`#event=...&range=...`). Paragraph anchors (`#p-3`) and reference anchors pass through untouched.
 */
import type { DayRange, Ref, RefKind, SelectionState, SelectionStore } from './selection.ts';

const KINDS: readonly RefKind[] = ['place', 'actor', 'event', 'tally', 'source', 'axis'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface UrlSelection {
  selected: Ref | null;
  range: DayRange | null;
}

/** The fragment for a selection (without '#'); empty when nothing is selected. */
export function encodeSelection(state: Pick<SelectionState, 'selected' | 'range'>): string {
  const parts: string[] = [];
  if (state.selected && KINDS.includes(state.selected.kind)) parts.push(`${state.selected.kind}=${state.selected.id}`);
  if (state.range) parts.push(`range=${state.range.start}..${state.range.end}`);
  return parts.join('&');
}

/** Reads a fragment (with or without '#'); undefined when it is not a selection (e.g. `#p-3`). */
export function decodeSelection(hash: string): UrlSelection | undefined {
  const text = hash.replace(/^#/, '');
  if (!text.includes('=')) return undefined;
  const result: UrlSelection = { selected: null, range: null };
  for (const part of text.split('&')) {
    const [key = '', value = ''] = part.split('=');
    if (key === 'range') {
      const [start = '', end = ''] = value.split('..');
      if (DAY.test(start) && DAY.test(end) && start <= end) result.range = { start, end };
    } else if ((KINDS as readonly string[]).includes(key) && ID.test(value)) {
      result.selected = { kind: key as RefKind, id: value };
    }
  }
  return result.selected || result.range ? result : undefined;
}

/**
 * Keeps the URL and the store in step: a selection made in a view pushes a history entry
 * (so Back steps back through selections); opening or navigating to a link restores it.
 */
export function syncUrl(store: SelectionStore, win: Window = window): () => void {
  const restore = (): void => {
    const decoded = decodeSelection(win.location.hash);
    if (decoded) store.set(decoded, 'url');
    else if (win.location.hash === '' || win.location.hash === '#') store.set({ selected: null, range: null }, 'url');
  };
  restore();
  const off = store.subscribe((state, change) => {
    if (change.origin === 'url' || !change.keys.some((k) => k === 'selected' || k === 'range')) return;
    const next = encodeSelection(state);
    const current = win.location.hash.replace(/^#/, '');
    if (next === current || (next === '' && !decodeSelection(current))) return;
    win.history.pushState(null, '', next ? `#${next}` : win.location.pathname + win.location.search);
  });
  win.addEventListener('popstate', restore);
  win.addEventListener('hashchange', restore);
  return () => {
    off();
    win.removeEventListener('popstate', restore);
    win.removeEventListener('hashchange', restore);
  };
}

/** The citable address of one item on this page. */
export function linkTo(ref: Ref, base: string = window.location.href): string {
  const url = new URL(base);
  url.hash = encodeSelection({ selected: ref, range: null });
  return url.toString();
}
