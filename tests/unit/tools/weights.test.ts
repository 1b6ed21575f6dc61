/** What counts as JavaScript loaded before interaction, on a tiny built page (tests/fixtures/dist-weights/). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importsOf, pageType, pageWeights } from '../../../scripts/lib/weights.ts';

const DIST = 'tests/fixtures/dist-weights';

describe('pageWeights()', () => {
  const w = pageWeights(DIST, 'reports/r/index.html');

  it('counts the page scripts and their static imports before interaction, not lazy imports or JSON data', () => {
    expect(w.jsInitial.files).toEqual(['_astro/entry.js', '_astro/inline-dep.js', '_astro/reexport.js', '_astro/shared.js']);
    expect(w.jsAll.files).toEqual(['_astro/entry.js', '_astro/inline-dep.js', '_astro/lazy-dep.js', '_astro/lazy.js', '_astro/reexport.js', '_astro/shared.js']);
    const bytes = (files: string[]) => files.reduce((n, f) => n + readFileSync(`${DIST}/${f}`).length, 0);
    const inline = Buffer.byteLength('import"/_astro/inline-dep.js";');
    expect(w.jsInitial.raw).toBe(bytes(w.jsInitial.files) + inline);
    expect(w.jsInitial.gzip).toBeGreaterThan(0);
  });

  it('counts inline and linked CSS', () => {
    expect(w.css.raw).toBe('body{margin:0}'.length + 'p{color:red}\n'.length);
  });
});

describe('importsOf()', () => {
  it('tells static imports and re-exports from dynamic import()', () => {
    expect(importsOf('import{a}from"./a.js";import"./b.js";export*from"./c.js";import("./d.js");import(`./f.js`);x.import("./e.txt")')).toEqual({ static: ['./a.js', './b.js', './c.js'], dynamic: ['./d.js', './f.js'] });
  });
});

describe('pageType()', () => {
  it('names the index, report pages and other folders', () => {
    expect(['index.html', 'reports/x/index.html', 'tags/syria/index.html', '404.html'].map(pageType)).toEqual(['index', 'report', 'tags', '404']);
  });
});
