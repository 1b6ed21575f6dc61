import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { searchCost } from '../../../scripts/lib/search-cost.ts';
import { indexedMessage } from '../../../src/integrations/search-index.ts';

const dist = mkdtempSync(join(tmpdir(), 'sitrep-search-cost-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('searchCost()', () => {
  it('reads back the line the search integration logs, and sizes the index apart from the scripts', () => {
    mkdirSync(join(dist, 'pagefind', 'index'), { recursive: true });
    mkdirSync(join(dist, 'pagefind', 'fragment'), { recursive: true });
    writeFileSync(join(dist, 'pagefind', 'index', 'en_1.pf_index'), 'x'.repeat(100));
    writeFileSync(join(dist, 'pagefind', 'fragment', 'en_2.pf_fragment'), 'x'.repeat(50));
    writeFileSync(join(dist, 'pagefind', 'pagefind.en_3.pf_meta'), 'x'.repeat(10));
    writeFileSync(join(dist, 'pagefind', 'pagefind.js'), 'x'.repeat(1000));
    const log = `12:00:00 [sitrep:search-index] ${indexedMessage(3, 1000, 12, 3.456)}\n`;
    expect(searchCost(dist, log)).toEqual({ pages: 3, events: 1000, seconds: 3.5, indexBytes: 160, indexFiles: 3, bundleBytes: 1160 });
    expect(searchCost(dist, 'no such line')).toBeUndefined();
  });
});
