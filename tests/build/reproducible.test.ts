/**
 * Two builds of the same commit give a byte-identical site: a reader, an archive or a deploy can verify
 * that what is published is what the sources say.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, filesUnder } from '../helpers/site.ts';

const root = mkdtempSync(join(tmpdir(), 'sitrep-repro-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the build', () => {
  it('is reproducible: two builds of the seed are byte for byte the same', () => {
    const [a, b] = [join(root, 'a'), join(root, 'b')];
    for (const dist of [a, b]) {
      const run = buildSite('content/reports', dist);
      expect(run.status, run.stderr + run.stdout).toBe(0);
    }
    const filesA = filesUnder(a);
    expect(filesUnder(b)).toEqual(filesA);
    expect(filesA.length).toBeGreaterThan(1);
    const differing = filesA.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
    expect(differing, `files that differ between two builds: ${differing.join(', ')}`).toEqual([]);
  }, 1_260_000);
});
