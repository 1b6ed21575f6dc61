/** What a key pressed on a timeline mark asks for: move (and stretch a range), choose, clear, or zoom. */

export type KeyAction =
  | { kind: 'move'; to: number; stretch: boolean }
  | { kind: 'choose' }
  | { kind: 'escape' }
  | { kind: 'zoom'; factor: number };

/**
 * Arrow keys move in date order: Down and Right go later, Up and Left earlier, except on a
 * right-to-left axis (`rtl`), where Left goes later. Home and End jump, + and − zoom.
 */
export function keyAction(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>, index: number, count: number, rtl = false): KeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const move = (to: number): KeyAction => ({ kind: 'move', to: Math.min(count - 1, Math.max(0, to)), stretch: event.shiftKey });
  const key = rtl && event.key === 'ArrowLeft' ? 'ArrowRight' : rtl && event.key === 'ArrowRight' ? 'ArrowLeft' : event.key;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return move(index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return move(index - 1);
    case 'Home':
      return move(0);
    case 'End':
      return move(count - 1);
    case 'Enter':
    case ' ':
      return { kind: 'choose' };
    case 'Escape':
      return { kind: 'escape' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: 2 };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 0.5 };
    default:
      return null;
  }
}
