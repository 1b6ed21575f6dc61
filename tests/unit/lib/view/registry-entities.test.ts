import { describe, expect, it } from 'vitest';
import { registryContext } from '../../../../src/lib/registry/load.ts';
import { readRegistry } from '../../../../src/lib/registry/read.ts';
import { entityIndex, eventsOf, mentionsOf, miniReport } from '../../../../src/lib/view/entities.ts';
import { siteReports } from '../../../helpers/registry-site.ts';

const reports = siteReports();
const index = entityIndex(reports, registryContext(readRegistry()));

describe('reportParagraphs()', () => {
  it('numbers the paragraphs as the page does and finds names and explicit references in them', () => {
    const seed = reports.find((r) => r.slug === 'iran-militias-syria-2023')!;
    expect(seed.paragraphs[0]!.id).toBe('p-1');
    const p2 = seed.paragraphs[1]!;
    expect(p2.text).toMatch(/^Over the past two weeks/);
    expect(p2.refs.filter((r) => r.kind === 'place').map((r) => r.id)).toEqual(expect.arrayContaining(['al-omar', 'conoco', 'al-tanf', 'tri-border-area']));
    // `:place[Deir ez-Zor]{#deir-ez-zor-province}`: the directive decides, not the name.
    const p3 = seed.paragraphs[2]!;
    const deir = p3.refs.filter((r) => p3.text.slice(r.start, r.end) === 'Deir ez-Zor');
    expect(deir.map((r) => r.id)).toEqual(['deir-ez-zor-province', 'deir-ez-zor-province']);
  });
});

describe('entityIndex()', () => {
  it('joins the reports that carry one id: al-Tanf is in the seed and the Tower 22 report', () => {
    expect(index.places.get('al-tanf')?.reports).toEqual(['iran-militias-syria-2023', 'tower-22-drone-attack-2024']);
  });

  it('keeps every account of an event told by two reports under one id', () => {
    expect(index.events.get('tower-22-drone-attack')?.accounts.map((a) => a.slug)).toEqual(['tower-22-drone-attack-2024', 'us-strikes-iraq-syria-2024-02']);
    expect(index.events.get('tower-22-drone-attack')?.accounts[0]?.paragraph).toBe('p-1');
  });
});

describe('mentionsOf()', () => {
  it('gives each sentence that mentions a place, split around the mention, with its paragraph', () => {
    const tanf = mentionsOf(index, 'place', 'al-tanf');
    expect(tanf.map((m) => m.slug)).toEqual(['iran-militias-syria-2023', 'tower-22-drone-attack-2024']);
    const excerpt = tanf[1]!.excerpts[0]!;
    expect(excerpt.paragraph).toBe('p-2');
    expect(`${excerpt.before}${excerpt.match}${excerpt.after}`).toBe('Tower 22 lies about 20 km from al-Tanf, a U.S. garrison across the border in Syria, in the tri-border area where Jordan, Syria and Iraq meet.');
    expect(excerpt.match).toBe('al-Tanf');
  });
});

describe('eventsOf() and miniReport()', () => {
  it('lists the events at a place across reports in date order, and bundles them for the timeline', () => {
    const items = eventsOf(index, 'actor', 'us-forces');
    expect(items.map((i) => i.start)).toEqual([...items.map((i) => i.start)].sort());
    expect([...new Set(items.map((i) => i.slug))]).toEqual(expect.arrayContaining(['iran-militias-syria-2023', 'tower-22-drone-attack-2024', 'us-strikes-iraq-syria-2024-02']));
    // One version of a translated report: the English one on English pages.
    expect(items.some((i) => i.slug === 'us-strikes-eastern-syria-2023')).toBe(false);
    const mini = miniReport(index, 'U.S. forces', items);
    expect(mini.events).toHaveLength(items.length);
    for (const e of mini.events) for (const p of e.places) expect(mini.places.some((x) => x.id === p)).toBe(true);
  });
});
