/**
 * What the atlas's first view costs at a size, without building a site: the synthetic report's events
 * (src/lib/timeline/synthetic.ts, spread over many synthetic places, one per 20 events, at most 500) go
 * through the atlas's own code (entity index, bundle, filter index) and the pieces the page embeds are
 * serialised as the page serialises them: the map's view model (`data-model`) and its static SVG, the two
 * timeline SVGs, the events table (when the page carries it), the linked views' index, and the places and
 * actors lists. The filter index (`/atlas/data.json`) and the basemap load later, on need; the summary (events
 * per week and type) is what a split first view would carry instead of the marks. Synthetic data.
 */
import { gzipSync } from 'node:zlib';
import type { Report } from '../../src/lib/schema/report.ts';
import { buildMap } from '../../src/lib/map/build.ts';
import { toStaticMap } from '../../src/lib/map/static.ts';
import { buildTimeline } from '../../src/lib/timeline/model.ts';
import { renderTimelineSvg } from '../../src/lib/timeline/svg.ts';
import { eventRows } from '../../src/lib/timeline/table.ts';
import { syntheticReport } from '../../src/lib/timeline/synthetic.ts';
import { buildRefIndex } from '../../src/lib/view/ref-index.ts';
import { FULL_EVENTS } from '../../src/lib/view/reference-view.ts';
import { atlasBundle, atlasData, atlasSummary, atlasViews } from '../../src/lib/view/atlas.ts';
import { entityIndex } from '../../src/lib/view/entities.ts';
import { jsonForScript } from '../../src/lib/text/json-script.ts';

export interface AtlasCost {
  events: number;
  places: number;
  /** Bytes the page carries, raw and gzipped, by part. */
  parts: { name: string; raw: number; gzip: number }[];
  /** Whether the first view is split (a summary; the events load on need). */
  split: boolean;
  /** The first view (every part the page embeds). */
  firstView: { raw: number; gzip: number };
  /** Loaded on need: the filter index. */
  data: { raw: number; gzip: number };
  /** What a split first view would carry for the timeline instead of marks. */
  summary: { raw: number; gzip: number };
  ms: number;
}

/** A synthetic site of `n` events over `places` places in two countries (deterministic). */
export function syntheticAtlasReport(n: number): Report {
  const report = syntheticReport(n);
  const count = Math.max(2, Math.min(500, Math.round(n / 20)));
  const places = Array.from({ length: count }, (_, i) => {
    const sy = i % 5 < 3;
    return {
      id: `place-${i}`,
      name: `Synthetic place ${i}`,
      aliases: [],
      kind: 'town' as const,
      lat: (sy ? 33.5 : 31.5) + ((i * 7919) % 1000) / 400,
      lon: (sy ? 36.5 : 42) + ((i * 104729) % 1000) / 400,
      precision: 'exact' as const,
      country: sy ? 'SY' : 'IQ',
      sources: [],
    };
  });
  const events = report.events.map((e, i) => ({ ...e, places: [`place-${i % count}`] }));
  return { ...report, places, events } as Report;
}

const size = (text: string) => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text).length });

const step = (name: string, t0: number) => {
  if (process.env['SITREP_BENCH_STEPS']) console.log(`    … ${name} at ${Math.round(performance.now() - t0)} ms`);
};

export function atlasCost(n: number): AtlasCost {
  const t0 = performance.now();
  const report = syntheticAtlasReport(n);
  const index = entityIndex([{ slug: 'synthetic', data: report, paragraphs: [] }], { places: new Map(), actors: new Map(), sources: new Map() });
  const bundle = atlasBundle(index, 'Atlas');
  const data = atlasData(index, bundle);
  step('bundle and filter index', t0);
  const views = atlasViews(bundle);
  const { model, layers } = buildMap(views.map, 'atlas', 'en', { warn: false });
  step('map model', t0);
  const svg = toStaticMap(model, layers, 800);
  step('static map', t0);
  const horizontal = buildTimeline(views.timeline, { orientation: 'horizontal', variant: 'full', locale: 'en', direction: 'ltr' });
  const vertical = buildTimeline(views.timeline, { orientation: 'vertical', locale: 'en', direction: 'ltr' });
  step('timeline models', t0);
  const parts = [
    { name: 'map model (data-model)', ...size(JSON.stringify(model)) },
    // The static SVG's geometry, as data: markers, labels, areas, country paths (its markup is about as large).
    { name: 'map static SVG (data)', ...size(JSON.stringify({ ...svg, markers: svg.markers.map((m) => ({ ...m, place: m.place.accessibleName })) })) },
    { name: 'timeline SVGs (both)', ...size(renderTimelineSvg(horizontal, { idPrefix: 'tl-h-', label: 'x' }) + renderTimelineSvg(vertical, { idPrefix: 'tl-v-', label: 'x' })) },
    { name: 'events table', ...size(bundle.events.length > FULL_EVENTS ? '' : JSON.stringify(eventRows(bundle, 'en'))) },
    { name: 'linked views index', ...size(jsonForScript(buildRefIndex(views.linked, 'en'))) },
    { name: 'places and actors lists', ...size(bundle.places.map((p) => `<li><a href="/places/${p.id}/">${p.name}</a></li>`).join('') + bundle.actors.map((a) => `<li><a href="/actors/${a.id}/">${a.name}</a></li>`).join('')) },
  ];
  const firstView = parts.reduce((sum, p) => ({ raw: sum.raw + p.raw, gzip: sum.gzip + p.gzip }), { raw: 0, gzip: 0 });
  return {
    events: bundle.events.length,
    places: bundle.places.length,
    split: views.split,
    parts,
    firstView,
    data: size(JSON.stringify(data)),
    summary: size(JSON.stringify(atlasSummary(data.events))),
    ms: Math.round(performance.now() - t0),
  };
}

const kib = (bytes: number) => `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} KiB`;

/** Prints the atlas's costs at each size, part by part. */
export function printAtlasCosts(sizes: readonly number[]): AtlasCost[] {
  console.log('\nAtlas: first-view bytes (embedded in /atlas/), raw / gzip');
  const costs: AtlasCost[] = [];
  for (const n of sizes) {
    const c = atlasCost(n);
    costs.push(c);
    console.log(`  ${c.events.toLocaleString('en')} events, ${c.places.toLocaleString('en')} places${c.split ? ', split first view' : ''} (computed in ${c.ms} ms)`);
    for (const p of c.parts) console.log(`    ${p.name.padEnd(26)} ${kib(p.raw).padStart(12)} / ${kib(p.gzip).padStart(11)}`);
    console.log(`    ${'first view, in all'.padEnd(26)} ${kib(c.firstView.raw).padStart(12)} / ${kib(c.firstView.gzip).padStart(11)}`);
    console.log(`    ${'filter index (on need)'.padEnd(26)} ${kib(c.data.raw).padStart(12)} / ${kib(c.data.gzip).padStart(11)}`);
    console.log(`    ${'weekly summary'.padEnd(26)} ${kib(c.summary.raw).padStart(12)} / ${kib(c.summary.gzip).padStart(11)}`);
  }
  return costs;
}
