/**
 * Helpers for tests and scripts that build a site from a folder of reports and look at the result:
 * build into a temp dist, list its pages, parse them with a spec-compliant HTML parser, serve them.
 */
import { spawnSync } from 'node:child_process';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

/** Runs `scripts/build.ts` (the real, atomic build) on `reportsDir`, writing `dist` (`env`: e.g. SITE_BASE). */
export function buildSite(reportsDir: string, dist: string, timeout = 120_000, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, SITREP_REPORTS_DIR: reportsDir, SITREP_DIST: dist, NO_COLOR: '1', ...env },
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out;
}

/** The HTML pages of a built site, relative to `dist` (`index.html`, `reports/x/index.html` ...). */
export function htmlPages(dist: string): string[] {
  return filesUnder(dist).filter((f) => f.endsWith('.html'));
}

/** The URL path a page file is served at: `reports/x/index.html` → `/reports/x/`. */
export function urlPath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Parses HTML the way a browser does (parse5, WHATWG algorithm). */
export function parseHtml(html: string): Root {
  return fromHtml(html);
}

/** Every element of a tree, in document order (template contents included). */
export function elements(node: Root | RootContent): Element[] {
  const out: Element[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === 'element') {
      out.push(n);
      if (n.content) walk(n.content);
    }
    if ('children' in n) for (const child of n.children) walk(child);
  };
  walk(node);
  return out;
}

/** The text of a node (script and style text included). */
export function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map(textOf).join('');
  return '';
}

/** Serves `dir` on 127.0.0.1 at a free port; `close()` when done. */
export const serveDir = (dir: string) => serveStatic(dir);

/** Reads a file of the built site as text. */
export function readDist(dist: string, file: string): string {
  return readFileSync(join(dist, file), 'utf8');
}

