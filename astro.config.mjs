// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentCheck } from './src/integrations/content-check.ts';
import { sitrepRemarkPlugins, sitrepRehypePlugins } from './src/plugins/index.ts';
import { readSiteConfig, reportContext } from './src/integrations/site-config.ts';
import { cspDirectives } from './src/lib/security/csp.ts';
import { tileConfig } from './src/lib/map/config.ts';
import { siteLocation } from './src/lib/routes.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteSitemap } from './src/integrations/sitemap.ts';
import { hostHeadersFile } from './src/integrations/host-headers.ts';

// https://docs.astro.build/en/reference/configuration-reference/
/** Where reports are read from (tests point it at fixtures) and where the site is written (see scripts/build.ts). */
const reportsDir = process.env.SITREP_REPORTS_DIR ?? 'content/reports';

/**
 * Where the site is published (docs/publishing.md): `SITE_BASE` is the path below the origin
 * (`/field-reports/` on GitHub Pages), `SITE_URL` the origin of absolute URLs (feeds, canonical links, the
 * sitemap). The optional tile server (docs/map.md). A bad setting stops the build with its message, not a stack trace.
 */
let tiles;
let location;
/** How much MDX a report's body may use (sitrep.config.json; README, "Security"), and the registry reports are read against. */
let site;
try {
  location = siteLocation(process.env);
  tiles = tileConfig(process.env);
  site = { ...readSiteConfig(), context: reportContext() };
} catch (error) {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n\n`);
  process.exit(1);
}

export default defineConfig({
  outDir: process.env.SITREP_OUT_DIR ?? './dist',
  site: location.origin,
  base: location.base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Readers of conflict reporting may be at risk: no telemetry, no third-party requests, no prefetch.
  prefetch: false,
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy, set by the build as a <meta> on every page: scripts and styles only from
  // this site (hashed), nothing from any other origin (but an opted-in tile server's images: docs/map.md).
  security: {
    csp: {
      directives: cspDirectives(tiles),
    },
  },
  markdown: {
    syntaxHighlight: false,
    // The article is the author's text, word for word: no typographic rewriting of quotes or dashes.
    processor: unified({ remarkPlugins: sitrepRemarkPlugins(site), rehypePlugins: sitrepRehypePlugins(site), smartypants: false }),
  },
  // The search index and the sitemap are written after the pages (they read the built site); `_headers`
  // serves hosts that read it (docs/publishing.md).
  integrations: [contentCheck({ dir: reportsDir, ...site }), mdx(), searchIndex(), ...siteSitemap(), hostHeadersFile()],
});
