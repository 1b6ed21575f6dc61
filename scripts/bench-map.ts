/**
 * Bytes the map ships, measured on the built site (run `npm run build` first):
 *   npx node scripts/bench-map.ts [dist]
 * Follows the map's entry script through its static and dynamic imports, gzips every chunk and
 * stylesheet, sets Leaflet's own minified build beside it for its share, and sizes the basemap
 * and the static map's HTML.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const gz = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

const assets = join(dist, '_astro');
const entry = readdirSync(assets).find((f) => f.startsWith('ReportMap') && f.endsWith('.js'));
if (!entry) throw new Error(`no ReportMap script in ${assets}: build first`);

/** The chunk graph from the entry: file → whether it loads eagerly. */
const chunks = new Map<string, boolean>();
const css = new Set<string>();
const visit = (file: string, eager: boolean): void => {
  if (chunks.has(file) && (chunks.get(file) || !eager)) return;
  chunks.set(file, eager);
  const code = readFileSync(join(assets, file), 'utf8');
  for (const m of code.matchAll(/(?:from\s*|import\s*)["'`]\.\/([^"'`]+\.js)["'`]/g)) visit(m[1] as string, eager);
  for (const m of code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)) visit(m[1] as string, false);
  for (const m of code.matchAll(/["'`](?:\/?_astro\/|\.\/)?([^"'`/]+\.css)["'`]/g)) css.add(m[1] as string);
};
visit(entry, true);

const rows: [string, number, number][] = [];
for (const [file, eager] of chunks) {
  const data = readFileSync(join(assets, file));
  rows.push([`${file} (${eager ? 'eager' : 'lazy'})`, data.length, gz(data)]);
}
for (const file of css) {
  const path = join(assets, file);
  if (existsSync(path)) {
    const data = readFileSync(path);
    rows.push([`${file} (lazy CSS)`, data.length, gz(data)]);
  }
}
const leafletJs = readFileSync(createRequire(import.meta.url).resolve('leaflet/dist/leaflet.js'));
const leafletGz = gz(leafletJs);
const jsGz = rows.filter(([name]) => name.includes('.js')).reduce((s, [, , g]) => s + g, 0);

const page = readdirSync(join(dist, 'reports'))[0] ?? '';
const basemap = readFileSync(join(dist, 'reports', page, 'basemap.json'));
const html = readFileSync(join(dist, 'reports', page, 'index.html'), 'utf8');
const figure = /<figure class="report-map"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';

console.log('Map bytes (raw / gzip -9)');
for (const [name, raw, g] of rows) console.log(`  ${name}: ${kb(raw)} / ${kb(g)}`);
console.log(`  map JS in all: ${kb(jsGz)} gz`);
console.log(`  Leaflet 1.9.4 alone (leaflet/dist/leaflet.js): ${kb(leafletJs.length)} / ${kb(leafletGz)} gz`);
console.log(`  ours (map JS minus Leaflet): about ${kb(jsGz - leafletGz)} gz (${Math.round(((jsGz - leafletGz) / leafletGz) * 100)}% of Leaflet)`);
console.log(`  basemap.json (fetched when the map loads): ${kb(basemap.length)} / ${kb(gz(basemap))}`);
console.log(`  static map figure in the page HTML (SVG, legend, caption, table): ${kb(figure.length)} / ${kb(gz(figure))}`);
console.log(`  whole page HTML: ${kb(html.length)} / ${kb(gz(html))}`);
