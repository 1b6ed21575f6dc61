/**
 * What a built page costs a reader: HTML, CSS and JavaScript bytes (raw and gzip), and the JavaScript
 * loaded before any interaction (the page's scripts, modulepreloads and their static imports; dynamic
 * `import()`s, which load on demand, are counted apart). Reads dist/ only; no browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeights {
  html: Bytes;
  css: Bytes;
  /** JavaScript that runs or loads before any interaction. */
  jsInitial: Bytes & { files: string[] };
  /** All JavaScript the page can load, dynamic imports included. */
  jsAll: Bytes & { files: string[] };
}

const size = (text: string | Buffer): Bytes => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text).length });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };

function elementsOf(node: Root | RootContent, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const child of node.children) elementsOf(child, out);
  return out;
}
const textOf = (node: Root | RootContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');
const prop = (el: Element, name: string): string | undefined => {
  const v = el.properties[name];
  return Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? undefined : String(v);
};

/** Static and dynamic module specifiers in (minified) JavaScript. */
export function importsOf(code: string): { static: string[]; dynamic: string[] } {
  const stat = new Set<string>();
  const dyn = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"'\n]+\.m?js)["']/g)) stat.add(m[1]!);
  // Vite writes dynamic imports with template literals: import(`./chunk.js`).
  for (const m of code.matchAll(/\bimport\s*\(\s*["'`]([^"'`\n$]+\.m?js)["'`]\s*\)/g)) dyn.add(m[1]!);
  return { static: [...stat], dynamic: [...dyn].filter((d) => !stat.has(d)) };
}

/** Weights of the page `file` (relative to `dist`, e.g. `reports/x/index.html`). */
export function pageWeights(dist: string, file: string): PageWeights {
  const html = readFileSync(join(dist, file), 'utf8');
  const pageUrl = new URL(`/${file}`, 'http://site.invalid');
  const els = elementsOf(fromHtml(html));
  const toPath = (ref: string, base: URL) => {
    const url = new URL(ref, base);
    return url.origin === base.origin ? url.pathname.replace(/^\//, '') : undefined;
  };

  let css = ZERO;
  let inlineJs = ZERO;
  const entries: string[] = [];
  for (const el of els) {
    if (el.tagName === 'style') css = add(css, size(textOf(el)));
    if (el.tagName === 'link' && /\bstylesheet\b/.test(prop(el, 'rel') ?? '')) {
      const path = toPath(prop(el, 'href') ?? '', pageUrl);
      if (path && existsSync(join(dist, path))) css = add(css, size(readFileSync(join(dist, path))));
    }
    if (el.tagName === 'link' && /\bmodulepreload\b/.test(prop(el, 'rel') ?? '')) {
      const path = toPath(prop(el, 'href') ?? '', pageUrl);
      if (path) entries.push(path);
    }
    if (el.tagName === 'script') {
      const type = prop(el, 'type') ?? '';
      if (/json/.test(type)) continue; // data, not code
      const src = prop(el, 'src');
      if (src) {
        const path = toPath(src, pageUrl);
        if (path) entries.push(path);
      } else {
        const code = textOf(el);
        inlineJs = add(inlineJs, size(code));
        entries.push(...importsOf(code).static.flatMap((s) => toPath(s, pageUrl) ?? []));
      }
    }
  }

  /** Files reachable from `start` through static imports (and dynamic ones when `dynamic`). */
  const closure = (start: string[], dynamic: boolean): string[] => {
    const seen = new Set<string>();
    const queue = [...start];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path) || !existsSync(join(dist, path))) continue;
      seen.add(path);
      const code = readFileSync(join(dist, path), 'utf8');
      const base = new URL(`/${path}`, 'http://site.invalid');
      const found = importsOf(code);
      for (const spec of [...found.static, ...(dynamic ? found.dynamic : [])]) {
        const next = toPath(spec, base);
        if (next) queue.push(next);
      }
    }
    return [...seen].sort();
  };
  const sum = (files: string[]) => files.reduce((total, f) => add(total, size(readFileSync(join(dist, f)))), ZERO);
  const initialFiles = closure(entries, false);
  const allFiles = closure(entries, true);
  return {
    html: size(html),
    css,
    jsInitial: { ...add(inlineJs, sum(initialFiles)), files: initialFiles },
    jsAll: { ...add(inlineJs, sum(allFiles)), files: allFiles },
  };
}

/** `index`, `report`, or the first folder of any other page (`tags`, `about` ...). */
export function pageType(file: string): string {
  if (file === 'index.html') return 'index';
  if (/^reports\/[^/]+\/index\.html$/.test(file)) return 'report';
  return file.split('/')[0]!.replace(/\.html$/, '');
}

/** `12.3 KB` */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
