/**
 * Every URL the site makes, in one place. Each one honours the base path the site is published under
 * (`SITE_BASE=/field-reports/ npm run build`: GitHub Pages, an organisation's `/research/`), and absolute URLs
 * (feeds, canonical links, og:image, oEmbed) take their origin from `SITE_URL`.
 *
 * The base comes from Vite (`import.meta.env.BASE_URL`, set by Astro's `base`) in pages, components and browser
 * code, and from `SITE_BASE` in plain Node (scripts, tests). Nothing here imports `astro:*`.
 */

/** A base path with one leading and one trailing slash: `/`, `/field-reports/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The site's origin for absolute URLs (`SITE_URL`), without a trailing slash. */
export function normaliseOrigin(url: string | undefined): string {
  return (url?.trim() || 'https://example.org').replace(/\/+$/, '');
}

function viteEnv(): Record<string, string | undefined> | undefined {
  try {
    return (import.meta as unknown as { env?: Record<string, string | undefined> }).env;
  } catch {
    return undefined;
  }
}

function nodeEnv(name: string): string | undefined {
  return typeof process === 'undefined' ? undefined : process.env[name];
}

/** The base path in force: Astro's `base` where Vite runs, `SITE_BASE` in plain Node. */
export function siteBase(): string {
  return normaliseBase(viteEnv()?.['BASE_URL'] ?? nodeEnv('SITE_BASE'));
}

/** The languages with their own URL space; the default language has no prefix (`/ar/...` for Arabic). */
export type RouteLocale = string;

export interface RouteOptions {
  /** The base path, `/` by default. */
  base?: string;
  /** The origin for absolute URLs. */
  origin?: string;
  /** The locale whose pages these are; the default locale (`en`) has no prefix. */
  locale?: RouteLocale;
  /** The default locale, which has no prefix. */
  defaultLocale?: RouteLocale;
}

/** Builds the site's URLs for one base path, origin and locale. */
export function createRoutes(options: RouteOptions = {}) {
  const base = normaliseBase(options.base ?? siteBase());
  const origin = normaliseOrigin(options.origin ?? nodeEnv('SITE_URL'));
  const defaultLocale = options.defaultLocale ?? 'en';
  const prefix = options.locale && options.locale !== defaultLocale ? `${options.locale}/` : '';
  const seg = (value: string) => encodeURIComponent(value);
  /** A page or file below the base (and the locale prefix, for pages). */
  const page = (path: string) => `${base}${prefix}${path}`;
  const file = (path: string) => `${base}${path}`;

  return {
    base,
    origin,
    /** An absolute URL for a path this module made (`routes.absolute(routes.report('x'))`). */
    absolute: (path: string) => new URL(path, `${origin}/`).href,
    /** A site-relative path without the base, for comparing and for Astro's `params`. */
    withoutBase: (path: string) => (path.startsWith(base) ? `/${path.slice(base.length)}` : path),

    home: () => page(''),
    report: (slug: string) => page(`reports/${seg(slug)}/`),
    reportEvents: (slug: string) => page(`reports/${seg(slug)}/events/`),
    reportData: (slug: string) => file(`reports/${seg(slug)}/data.json`),
    reportPlaces: (slug: string) => file(`reports/${seg(slug)}/places.geojson`),
    reportEventsCsv: (slug: string) => file(`reports/${seg(slug)}/events.csv`),
    reportBasemap: (slug: string) => file(`reports/${seg(slug)}/basemap.json`),
    /** A paragraph of a report (`#p-3`). */
    paragraph: (slug: string, paragraphId: string) => `${page(`reports/${seg(slug)}/`)}#${paragraphId}`,

    place: (id: string) => page(`places/${seg(id)}/`),
    actor: (id: string) => page(`actors/${seg(id)}/`),
    source: (id: string) => page(`sources/${seg(id)}/`),
    event: (id: string) => page(`events/${seg(id)}/`),
    tag: (tag: string) => page(`tags/${seg(tag)}/`),
    atlas: () => page('atlas/'),
    search: (query?: string) => page(query ? `search/?q=${encodeURIComponent(query)}` : 'search/'),

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
    /** A file shipped in `public/` or written by the build (`favicon.svg`, `og/<slug>.png`). */
    asset: (path: string) => file(path.replace(/^\/+/, '')),
  };
}

export type Routes = ReturnType<typeof createRoutes>;

/** The routes of the default locale under the base in force. */
export const routes: Routes = createRoutes();
