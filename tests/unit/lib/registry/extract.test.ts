/**
 * extract() on the seed and the two reports that share its places and actors: what moves, that the reports keep
 * their formatting and comments, that nothing a report says changes, that a second run changes nothing, and that
 * `--dry-run` writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Report } from '../../../../src/lib/schema/report.ts';
import { checkSite } from '../../../../src/lib/registry/check.ts';
import { extract, type TextFile } from '../../../../src/lib/registry/extract.ts';
import { parseRegistry, registryContext, type RegistryFile } from '../../../../src/lib/registry/load.ts';
import { reportSource } from '../../../../src/lib/registry/report-source.ts';
import { includeShared } from '../../../../src/lib/registry/resolve.ts';
import { REGISTRY_KINDS, type RegistryKind } from '../../../../src/lib/registry/schema.ts';

const FILES = ['iran-militias-syria-2023.mdx', 'tower-22-drone-attack-2024.mdx', 'us-strikes-iraq-syria-2024-02.mdx'];
// The reports as written before the registry existed: each declares everything it uses.
const before: TextFile[] = FILES.map((name) => ({ file: `content/reports/${name}`, text: readFileSync(join('tests/fixtures/registry/_extract', name), 'utf8') }));
const result = extract(before, []);
const after = before.map((f) => result.reports.find((r) => r.file === f.file) ?? f);
const registryFiles: RegistryFile[] = result.registry.map((f) => ({ kind: f.file.split('/')[1] as RegistryKind, file: f.file, text: f.text }));
const registry = parseRegistry(registryFiles);

/** What a report says, with ids out of the way: each event's places (coordinates) and actors (names). */
function meaning(text: string, file: string, shared = registry): unknown {
  const data = includeShared(reportSource(file, text).data, registryContext(shared)).value;
  const report = Report.parse(data);
  const place = new Map(report.places.map((p) => [p.id, `${p.lat},${p.lon}`]));
  const actor = new Map(report.actors.map((a) => [a.id, a.kind]));
  return report.events.map((e) => ({ id: e.id, places: e.places.map((p) => place.get(p)), by: e.actors.by.map((a) => actor.get(a)), against: e.actors.against.map((a) => actor.get(a)) }));
}

describe('extract() on the seed and the two 2024 reports', () => {
  it('moves what two reports share, and what a moved entry refers to, into one file each', () => {
    const files = result.registry.map((f) => f.file).sort();
    expect(files).toContain('content/places/al-tanf.yaml');
    expect(files).toContain('content/places/al-mayadin.yaml'); // 'mayadin' in the 2024 report, merged by name
    expect(files).toContain('content/actors/kataib-hezbollah.yaml'); // shared by the two 2024 reports only
    expect(files).toContain('content/actors/coalition.yaml'); // us-forces is part of it
    expect(files).not.toContain('content/places/dimas-camp.yaml'); // the seed's alone
    expect(registry.problems).toEqual([]);
  });

  it('keeps the other names and ids of a merged entry as aliases and previousIds', () => {
    const mayadin = registry.entries.places.get('al-mayadin')!.data;
    expect(mayadin.previousIds).toEqual(['mayadin']);
    const bukamal = registry.entries.places.get('al-bukamal')!.data;
    expect(bukamal.previousIds).toEqual(['abu-kamal']);
    expect(bukamal.aliases).toEqual(expect.arrayContaining(['Abu Kamal', 'Albukamal']));
    expect(registry.entries.actors.get('iranian-backed-militias')!.data.previousIds).toEqual(['iran-backed-militias', 'affiliated-militias']);
  });

  it('leaves the site with no drift: no shared entry declared twice, no look-alikes, no errors', () => {
    const problems = checkSite(registry, after.map((f) => reportSource(f.file, f.text)));
    expect(problems.filter((p) => p.severity === 'error' || p.rule === 'registry-shared' || p.rule === 'registry-drift')).toEqual([]);
  });

  it('changes nothing a report says: every event keeps its places and actors', () => {
    for (const [i, f] of before.entries()) expect(meaning(after[i]!.text, f.file)).toEqual(meaning(f.text, f.file, parseRegistry([])));
  });

  it('keeps each report byte for byte outside the moved entries: the body, the comments, the other entries', () => {
    for (const [i, f] of before.entries()) {
      const [, oldBody] = f.text.split(/\n---\n/);
      const [, newBody] = after[i]!.text.split(/\n---\n/);
      expect(newBody).toBe(oldBody);
      const comments = f.text.split('\n').filter((line) => /^\s*#/.test(line));
      for (const line of comments) expect(after[i]!.text).toContain(line);
    }
    const seed = after[0]!.text;
    expect(seed).toContain('  - al-tanf\n  # Towns and sites.\n  - deir-ez-zor\n');
    expect(seed).toContain("  - { id: wikipedia-al-omar-field, title: 'Wikipedia: Al-Omar field'"); // untouched flow entry
  });

  it('renames references to a merged id, in the data', () => {
    const strikes = after[2]!.text;
    expect(strikes).toContain('places: [deir-ez-zor, al-mayadin, al-bukamal]');
    expect(strikes).toContain("{ label: al-Mayadin, value: 13, place: al-mayadin }");
  });

  it('changes nothing when run again', () => {
    const again = extract(after, registryFiles);
    expect(again.log).toEqual([]);
    expect(again.reports).toEqual([]);
  });
});

describe('npm run registry -- extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-extract-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/registry.ts', 'extract', '--reports', join(dir, 'reports'), '--registry', dir, ...args], { encoding: 'utf8' });
  const list = () => REGISTRY_KINDS.flatMap((k) => { try { return readdirSync(join(dir, k)); } catch { return []; } });

  it('--dry-run prints the plan and writes nothing; without it, writes it', () => {
    cpSync('tests/fixtures/registry/_extract', join(dir, 'reports'), { recursive: true });
    const dry = run('--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain(`${dir}/places/al-tanf.yaml: new place 'al-tanf'`);
    expect(dry.stdout).toContain('Nothing was written');
    expect(list()).toEqual([]);
    expect(readFileSync(join(dir, 'reports', FILES[1]!), 'utf8')).toBe(before[1]!.text);
    const real = run();
    expect(real.status).toBe(0);
    expect(list()).toContain('al-tanf.yaml');
    expect(run().stdout).toContain('Nothing to move');
  }, 180_000); // three Node processes; about 25 s on a loaded 2-core machine
});
