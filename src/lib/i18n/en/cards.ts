/** English strings of the cards a mention shows on hover or focus, and of the "Copy link" button. */
export const cards = {
  'cards.events': 'Events',
  'cards.sources': 'Sources',
  /** The rest of a list cut short on a card. */
  'cards.more': { one: 'and {count} more', other: 'and {count} more' },
  'cards.hint': 'Enter: show on the map and timeline · Esc: close',
  'copy.button': 'Copy link',
  'copy.done': 'Link copied',
  /** The prompt that shows the address when the clipboard cannot be written. */
  'copy.prompt': 'Copy this link:',
} as const;
