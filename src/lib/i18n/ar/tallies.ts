/** Arabic sentences around a tally's parts (see `../en/tallies.ts`). */
import type { Translation } from '../types.ts';
import type { tallies as en } from '../en/tallies.ts';

export const tallies = {
  'tally.part': '{value} في {label}',
  'tally.of': '{value} من أصل {total}',
} as const satisfies Translation<typeof en>;
