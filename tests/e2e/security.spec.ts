/**
 * Every page of the built site, in Chromium, under its Content-Security-Policy: no violation, no console
 * error, no request to any host but the site's own, and a policy with no 'unsafe-inline' script and no
 * third-party origin. Pages are discovered from dist/, so new pages are covered as they land.
 */
import { expect, test } from '@playwright/test';
import { elements, htmlPages, parseHtml, readDist, urlPath } from '../helpers/site.ts';
import { samplePages } from '../helpers/registry-pages.ts';

// Every page, with a sample of the many entity pages (tests/helpers/registry-pages.ts).
const pages = samplePages(htmlPages('dist'));
/** The page that runs Pagefind, and so the only one whose policy admits WebAssembly. */
/** The search pages (one per interface language) run Pagefind's WebAssembly. */
const SEARCH_PAGES = ['search/index.html', 'ar/search/index.html'];

test.describe('Content-Security-Policy', () => {
  for (const file of pages) {
    test(`${urlPath(file)} sets a strict policy`, () => {
      const metas = elements(parseHtml(readDist('dist', file))).filter(
        (el) => el.tagName === 'meta' && String(el.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy',
      );
      expect(metas).toHaveLength(1);
      const policy = String(metas[0]!.properties['content']);
      const directives = new Map(
        policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
          const [name, ...values] = d.split(/\s+/);
          return [name!.toLowerCase(), values] as const;
        }),
      );
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'none'"]);
      const scripts = directives.get('script-src') ?? directives.get('default-src')!;
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      for (const [name, values] of directives) {
        for (const value of values) {
          // Only keywords, hashes and data: for images; never a host or a scheme wildcard. The search page alone
          // may compile WebAssembly (Pagefind), which allows no JavaScript eval.
          const ok =
            /^'(self|none|sha(256|384|512)-[A-Za-z0-9+/=]+|strict-dynamic)'$/.test(value) ||
            (name === 'img-src' && value === 'data:') ||
            (name === 'script-src' && value === "'wasm-unsafe-eval'" && SEARCH_PAGES.includes(file));
          expect(ok, `${name} allows ${value}`).toBe(true);
        }
      }
    });
  }
});

test.describe('every page in Chromium', () => {
  for (const file of pages) {
    test(`${urlPath(file)}: no CSP violation, no console error, no foreign request`, async ({ page }) => {
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') foreign.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(() => {
        const w = window as unknown as { __cspViolations: string[] };
        w.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
        });
      });
      await page.goto(urlPath(file));
      // Scroll to the bottom in steps so lazily loaded views load their scripts and data.
      for (let i = 0; i < 10; i++) {
        await page.mouse.wheel(0, 2_000);
        await page.waitForTimeout(50);
      }
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForLoadState('networkidle');
      const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    });
  }
});
