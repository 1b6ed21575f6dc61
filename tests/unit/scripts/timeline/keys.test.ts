import { describe, expect, it } from 'vitest';
import { keyAction } from '../../../../src/scripts/timeline/keys.ts';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...extra });

describe('keyAction()', () => {
  it('moves in date order, stopping at the ends', () => {
    expect(keyAction(key('ArrowRight'), 2, 5)).toEqual({ kind: 'move', to: 3, stretch: false });
    expect(keyAction(key('ArrowDown'), 4, 5)).toEqual({ kind: 'move', to: 4, stretch: false });
    expect(keyAction(key('Home'), 3, 5)).toEqual({ kind: 'move', to: 0, stretch: false });
    expect(keyAction(key('ArrowLeft', { shiftKey: true }), 3, 5)).toEqual({ kind: 'move', to: 2, stretch: true });
  });

  it('turns Left and Right round on a right-to-left axis', () => {
    expect(keyAction(key('ArrowLeft'), 2, 5, true)).toEqual({ kind: 'move', to: 3, stretch: false });
  });

  it('chooses, clears and zooms', () => {
    expect(keyAction(key('Enter'), 0, 5)).toEqual({ kind: 'choose' });
    expect(keyAction(key('Escape'), 0, 5)).toEqual({ kind: 'escape' });
    expect(keyAction(key('+'), 0, 5)).toEqual({ kind: 'zoom', factor: 2 });
    expect(keyAction(key('-'), 0, 5)).toEqual({ kind: 'zoom', factor: 0.5 });
    expect(keyAction(key('+', { ctrlKey: true }), 0, 5)).toBeNull();
  });
});
