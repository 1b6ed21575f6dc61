/**
 * Every URL the site makes, in one place. Each one honours the base path the site is published under
 * (`SITE_BASE=/field-reports/ npm run build`: GitHub Pages, an organisation's `/research/`), and absolute URLs
 * (feeds, canonical links, the sitemap, og:image, oEmbed) take their origin from `SITE_URL`.
 *
 * The base and origin come from `SITE_BASE` and `SITE_URL` wherever Node runs (the build and the pages it
 * renders, scripts, tests) and from what Vite wrote into the bundle in the browser (`import.meta.env.BASE_URL`,
 * `SITE`, set by Astro's `base` and `site`). Nothing here imports `astro:*`.
 */

/** A base path with one leading and one trailing slash: `/`, `/field-reports/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The origin used when `SITE_URL` is not set: a reserved name, so no real site is ever claimed by mistake. */
export const DEFAULT_ORIGIN = 'https://example.org';

/**
 * The site's origin for absolute URLs (`SITE_URL`), without a trailing slash or path: `https://example.org`.
 * Throws on anything but an http(s) URL, with the fix.
 */
export function normaliseOrigin(url: string | undefined): string {
  return parseSiteUrl(url).origin;
}

/**
 * `SITE_URL` read as an origin and, when it has one, a path (`https://org.github.io/field-reports/` is the
 * origin `https://org.github.io` and the path `/field-reports/`).
 */
export function parseSiteUrl(url: string | undefined): { origin: string; path: string | undefined } {
  const text = url?.trim() || DEFAULT_ORIGIN;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new Error(`SITE_URL "${text}" is not a URL (set it to the site's origin, e.g. SITE_URL=https://reports.example.org)`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SITE_URL "${text}" is not an http(s) URL (set it to the site's origin, e.g. SITE_URL=https://reports.example.org)`);
  }
  const path = normaliseBase(parsed.pathname);
  return { origin: parsed.origin, path: path === '/' ? undefined : path };
}

/**
 * The base path and origin a build publishes to, from `SITE_BASE` and `SITE_URL`. A path in `SITE_URL`
 * serves as the base when `SITE_BASE` is not set; when both are set they must agree.
 */
export function siteLocation(env: { SITE_BASE?: string | undefined; SITE_URL?: string | undefined }): { base: string; origin: string } {
  const { origin, path } = parseSiteUrl(env.SITE_URL);
  const base = env.SITE_BASE?.trim() ? normaliseBase(env.SITE_BASE) : (path ?? '/');
  if (path && path !== base) {
    throw new Error(`SITE_URL has the path ${path} but SITE_BASE is ${base} (give the path in one of them, or make them agree)`);
  }
  return { base, origin };
}

function viteEnv(): Record<string, string | undefined> | undefined {
  try {
    return (import.meta as unknown as { env?: Record<string, string | undefined> }).env;
  } catch {
    return undefined;
  }
}

/** `process.env` where Node runs (the build, its pages, scripts, tests); undefined in the browser. */
function nodeEnv(): Record<string, string | undefined> | undefined {
  return typeof process !== 'undefined' && process.versions?.node ? process.env : undefined;
}

/**
 * Where the site is published, as the build that runs was configured: in Node (astro.config.mjs, the pages
 * Astro renders, scripts) from `SITE_BASE` and `SITE_URL` themselves, as astro.config.mjs reads them (Astro's
 * `import.meta.env` there also holds the whole process environment, so a stray `BASE_URL` variable would win);
 * in the browser from what Vite wrote into the bundle (`BASE_URL`, `SITE`).
 */
function location(): { base: string; origin: string } {
  const node = nodeEnv();
  if (node) return siteLocation({ SITE_BASE: node['SITE_BASE'], SITE_URL: node['SITE_URL'] });
  const vite = viteEnv();
  return { base: normaliseBase(vite?.['BASE_URL']), origin: normaliseOrigin(vite?.['SITE']) };
}

/** The base path in force. */
export function siteBase(): string {
  return location().base;
}

/** The languages with their own URL space; the default language has no prefix (`/ar/...` for Arabic). */
export type RouteLocale = string;

/** The kinds of page that stand for one thing a reader may search for (see `pageKind`). */
export const PAGE_KINDS = ['report', 'place', 'actor', 'source', 'event'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The kinds of item a report page can select through its URL fragment (`#place=al-tanf`). */
export type SelectionKind = 'place' | 'actor' | 'event' | 'tally' | 'source' | 'axis';

export interface RouteOptions {
  /** The base path, `/` by default. */
  base?: string | undefined;
  /** The origin for absolute URLs. */
  origin?: string | undefined;
  /** The locale whose pages these are; the default locale (`en`) has no prefix. */
  locale?: RouteLocale | undefined;
  /** The default locale, which has no prefix. */
  defaultLocale?: RouteLocale | undefined;
}

/**
 * A tag as one URL segment: letters and digits of any script, the rest folded to `-` (a tag is free text,
 * and may hold `/` or markup). Tags that fold alike share a page.
 */
export function tagSlug(tag: string): string {
  return (
    tag
      .normalize('NFKC')
      .toLocaleLowerCase('en')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'tag'
  );
}

/** Builds the site's URLs for one base path, origin and locale. */
export function createRoutes(options: RouteOptions = {}) {
  const base = normaliseBase(options.base ?? location().base);
  const origin = normaliseOrigin(options.origin ?? location().origin);
  const defaultLocale = options.defaultLocale ?? 'en';
  const prefix = options.locale && options.locale !== defaultLocale ? `${options.locale}/` : '';
  const seg = (value: string) => encodeURIComponent(value);
  /** A page or file below the base (and the locale prefix, for pages). */
  const page = (path: string) => `${base}${prefix}${path}`;
  const file = (path: string) => `${base}${path}`;
  const withoutBase = (path: string) => (path.startsWith(base) ? `/${path.slice(base.length)}` : path);

  return {
    base,
    origin,
    /** The locale prefix of these routes' pages (`ar/`), empty for the default locale. */
    localePrefix: prefix,
    /** An absolute URL for a path this module made (`routes.absolute(routes.report('x'))`). */
    absolute: (path: string) => new URL(path, `${origin}/`).href,
    /** A site-relative path without the base, for comparing and for Astro's `params`. */
    withoutBase,
    /**
     * The kind of thing a page of the site stands for, from its path (with or without the base):
     * `/reports/x/` is a report, `/places/x/` a place ...; undefined for listings and plumbing.
     */
    pageKind: (path: string): PageKind | undefined => {
      const below = withoutBase(path).replace(/^\/+/, '');
      const rest = prefix && below.startsWith(prefix) ? below.slice(prefix.length) : below;
      const match = /^(reports|places|actors|sources|events)\/[^/]+\/(?:index\.html)?$/.exec(rest);
      return match ? ({ reports: 'report', places: 'place', actors: 'actor', sources: 'source', events: 'event' } as const)[match[1] as 'reports'] : undefined;
    },

    home: () => page(''),
    report: (slug: string) => page(`reports/${seg(slug)}/`),
    reportEvents: (slug: string) => page(`reports/${seg(slug)}/events/`),
    reportData: (slug: string) => file(`reports/${seg(slug)}/data.json`),
    reportPlaces: (slug: string) => file(`reports/${seg(slug)}/places.geojson`),
    reportEventsCsv: (slug: string) => file(`reports/${seg(slug)}/events.csv`),
    reportBasemap: (slug: string) => file(`reports/${seg(slug)}/basemap.json`),
    /** A paragraph of a report (`#p-3`). */
    paragraph: (slug: string, paragraphId: string) => `${page(`reports/${seg(slug)}/`)}#${paragraphId}`,
    /** A report with one item selected, as its linked views write it (`#event=us-strikes-2023-10-26`). */
    reportSelection: (slug: string, kind: SelectionKind, id: string) => `${page(`reports/${seg(slug)}/`)}#${kind}=${seg(id)}`,

    place: (id: string) => page(`places/${seg(id)}/`),
    actor: (id: string) => page(`actors/${seg(id)}/`),
    source: (id: string) => page(`sources/${seg(id)}/`),
    event: (id: string) => page(`events/${seg(id)}/`),
    tag: (tag: string) => page(`tags/${seg(tagSlug(tag))}/`),
    atlas: () => page('atlas/'),
    /** The atlas with a filter in its query string (`/atlas/?report=x`), as its filter writes it. */
    atlasFiltered: (query: string) => page(query ? `atlas/?${query.replace(/^\?/, '')}` : 'atlas/'),
    /** The atlas's filter index and names (JSON), its basemap (TopoJSON), and its site-wide downloads. */
    atlasData: () => file('atlas/data.json'),
    atlasBasemap: () => file('atlas/basemap.json'),
    atlasEventsCsv: () => file('atlas/events.csv'),
    atlasPlaces: () => file('atlas/places.geojson'),
    /** The search page, with a query and filters in its URL when given (`/search/?q=tanf&kind=place`). */
    search: (query?: string, filters: Record<string, string | undefined> = {}) => {
      const params = new URLSearchParams();
      if (query) params.set('q', query);
      for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
      const search = params.toString();
      return page(search ? `search/?${search}` : 'search/');
    },

    embedMap: (slug: string) => page(`embed/${seg(slug)}/map/`),
    embedTimeline: (slug: string) => page(`embed/${seg(slug)}/timeline/`),
    embedEvent: (id: string) => page(`embed/events/${seg(id)}/`),
    /** The oEmbed JSON of an embed page (a path made by embedMap, embedTimeline or embedEvent). */
    oembed: (embedPath: string) => `${embedPath}oembed.json`,
    /** The host script that sizes Sitrep's iframes on other sites. */
    embedScript: () => file('embed.js'),
    /** A report's share image (1200×630 PNG). */
    reportImage: (slug: string) => file(`og/${seg(slug)}.png`),
    /** An entity page's share image (600×315 PNG): `entityImage('places', 'al-tanf')`. */
    entityImage: (kind: string, id: string) => file(`og/${seg(kind)}/${seg(id)}.png`),

    rss: () => page('rss.xml'),
    atom: () => page('atom.xml'),
    jsonFeed: () => page('feed.json'),
    sitemap: () => file('sitemap-index.xml'),
    robots: () => file('robots.txt'),
    notFound: () => file('404.html'),
    favicon: () => file('favicon.svg'),
    /** The folder of the search index and its scripts, written by Pagefind after the build. */
    searchBundle: () => file('pagefind/'),
    /** A file shipped in `public/` or written by the build (`favicon.svg`, `og/<slug>.png`). */
    asset: (path: string) => file(path.replace(/^\/+/, '')),
  };
}

export type Routes = ReturnType<typeof createRoutes>;

/** The routes of the default locale under the base in force. */
export const routes: Routes = createRoutes();
