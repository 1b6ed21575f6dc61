import { describe, expect, it } from 'vitest';
import { createSelection } from '../../../src/scripts/selection.ts';

describe('createSelection()', () => {
  it('notifies subscribers with the origin and the keys that changed', () => {
    const store = createSelection();
    const heard: unknown[] = [];
    store.subscribe((state, change) => heard.push([state.selected?.id, change.origin, change.keys]));
    store.set({ selected: { kind: 'place', id: 'al-tanf' } }, 'map');
    expect(heard).toEqual([['al-tanf', 'map', ['selected']]]);
  });

  it('stays silent when a change changes nothing', () => {
    const store = createSelection({ range: { start: '2023-10-17', end: '2023-11-09' } });
    let calls = 0;
    store.subscribe(() => calls++);
    store.set({ range: { start: '2023-10-17', end: '2023-11-09' }, hovered: null }, 'timeline');
    expect(calls).toBe(0);
  });

  it('stops notifying after unsubscribe', () => {
    const store = createSelection();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    off();
    store.set({ hovered: { kind: 'event', id: 'us-strikes-2023-10-26' } }, 'article');
    expect(calls).toBe(0);
    expect(store.get().hovered?.id).toBe('us-strikes-2023-10-26');
  });
});
