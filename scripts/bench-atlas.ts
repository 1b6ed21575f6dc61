/**
 * `npm run bench:atlas`: the atlas's first-view bytes at 1,000 and 100,000 synthetic events, from the atlas's
 * own code without a site build (scripts/lib/atlas-cost.ts). `npm run bench` prints the same table.
 */
import { printAtlasCosts } from './lib/atlas-cost.ts';

printAtlasCosts([1_000, 100_000]);
