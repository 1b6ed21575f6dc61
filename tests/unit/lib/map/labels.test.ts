import { describe, expect, it } from 'vitest';
import { box, layoutLabels, overlapArea, twoLines, type LabelRequest } from '../../../../src/lib/map/labels.ts';
import { labelScene, type SceneLabel } from '../../../../src/lib/map/scene.ts';
import { placeSymbols, projectionFor, zoomOf } from '../../../../src/lib/map/static.ts';
import type { LonLat } from '../../../../src/lib/map/geo.ts';
import type { Report } from '../../../../src/lib/schema/report.ts';
import { OTHER, SEED, denseReport, loadReport, mapOf } from './reports.ts';

const at = (id: string, x: number, y: number, text: string, extra: Partial<LabelRequest> = {}): LabelRequest => ({ id, x, y, text, style: { size: 12 }, mode: 'around', offset: 6, ...extra });

describe('layoutLabels()', () => {
  it('puts a label to the right of its point when that side is free', () => {
    const label = layoutLabels([at('a', 100, 100, 'al-Tanf base')], [], 800, 600).get('a');
    expect(label?.anchor).toBe('start');
    expect(label!.box.x0).toBeGreaterThan(100);
  });

  it('sets a label near the right edge to the left rather than cutting it', () => {
    const label = layoutLabels([at('b', 795, 100, 'Kharab al-Jir base')], [], 800, 600).get('b');
    expect(label?.anchor).toBe('end');
    expect(label!.box.x1).toBeLessThanOrEqual(800);
    expect(label!.text).toBe('Kharab al-Jir base');
  });

  it('keeps neighbours apart and drops a reference label with no free spot, never a required one', () => {
    const symbol = box(94, 94, 12, 12);
    const labels = layoutLabels(
      [at('place', 100, 100, 'Qamishli', { required: true }), at('near', 100, 104, 'Qamishli Airport', { required: true }), at('town', 101, 102, 'Al Qamishli')],
      [symbol],
      800,
      600,
    );
    expect(labels.has('place') && labels.has('near')).toBe(true);
    expect(overlapArea(labels.get('place')!.box, labels.get('near')!.box)).toBe(0);
    expect(labels.has('town')).toBe(false);
  });

  it('places a required label inside a box too small to free it, overlapping rather than cut or dropped', () => {
    const labels = layoutLabels([at('a', 20, 10, 'A long place name', { required: true }), at('b', 24, 12, 'Another long name', { required: true })], [], 130, 24);
    for (const l of labels.values()) {
      expect(l.box.x0).toBeGreaterThanOrEqual(0);
      expect(l.box.x1).toBeLessThanOrEqual(130);
    }
    expect(labels.size).toBe(2);
  });

  it('may set a long area name on two lines', () => {
    expect(twoLines('tri-border area of Syria, Iraq, and Jordan')).toEqual(['tri-border area of', 'Syria, Iraq, and Jordan']);
    const narrow = layoutLabels([{ id: 'r', x: 60, y: 50, text: 'eastern bank of the Euphrates', style: { size: 11 }, mode: 'centred', required: true, wrap: true }], [], 130, 100).get('r');
    expect(narrow?.lines).toEqual(['eastern bank of', 'the Euphrates']);
  });
});

/** Every label of a report's map drawn `width` pixels wide, as the static map places them. */
function scene(report: Report, slug: string, width: number): { labels: SceneLabel[]; symbols: Map<string, { x: number; y: number }>; width: number; height: number; report: Report } {
  const { model, layers } = mapOf(report, slug);
  const { projection, height } = projectionFor(model.frame, width);
  const project = (p: LonLat) => projection(p) as [number, number];
  const symbols = new Map(placeSymbols(model, project).map((m) => [m.id, { x: m.sx, y: m.sy }]));
  for (const p of model.places) if (p.area) symbols.set(p.id, { x: project([p.lon, p.lat])[0], y: project([p.lon, p.lat])[1] });
  return { labels: labelScene({ width, height, project, zoom: zoomOf(projection) }, { model, layers, symbols }), symbols, width, height, report };
}

const cases: [string, () => Report, string][] = [
  ['the seed', () => loadReport(SEED), 'iran-militias-syria-2023'],
  ['a dense synthetic report (40 places)', () => denseReport(), 'dense-synthetic'],
  ['the eastern Ukraine report', () => loadReport(OTHER), 'donbas-2022-2023'],
];

describe.each(cases)('labelScene() on %s', (_, make, slug) => {
  const report = make();

  it.each([800, 600])('at %i px: no label overlaps another or a place\'s symbol, and every one lies inside the map', (width) => {
    const { labels, symbols, height } = scene(report, slug, width);
    for (const [i, a] of labels.entries()) {
      expect(a.box.x0, a.text).toBeGreaterThanOrEqual(0);
      expect(a.box.y0, a.text).toBeGreaterThanOrEqual(0);
      expect(a.box.x1, a.text).toBeLessThanOrEqual(width);
      expect(a.box.y1, a.text).toBeLessThanOrEqual(height);
      for (const b of labels.slice(i + 1)) expect(overlapArea(a.box, b.box), `${a.text} × ${b.text}`).toBe(0);
      for (const p of report.places) {
        const s = symbols.get(p.id);
        if (s && !p.precision.startsWith('region') && p.kind !== 'region') expect(overlapArea(a.box, box(s.x - 6, s.y - 6, 12, 12)), `${a.text} over ${p.name}`).toBe(0);
      }
    }
  });

  it.each([800, 600, 390])('at %i px: every place of the report is labelled with its whole name, inside the map', (width) => {
    const { labels, height } = scene(report, slug, width);
    for (const p of report.places) {
      const label = labels.find((l) => l.place === p.id);
      expect(label?.lines.join(' '), p.name).toBe(p.name);
      expect(label!.box.x0).toBeGreaterThanOrEqual(0);
      expect(label!.box.x1).toBeLessThanOrEqual(width);
      expect(label!.box.y1).toBeLessThanOrEqual(height);
    }
  });
});
