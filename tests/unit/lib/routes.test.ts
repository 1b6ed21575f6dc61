import { describe, expect, it } from 'vitest';
import { createRoutes, normaliseBase, normaliseOrigin, siteLocation } from '../../../src/lib/routes.ts';

describe('normaliseBase()', () => {
  it('gives one leading and one trailing slash', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('field-reports')).toBe('/field-reports/');
    expect(normaliseBase('/field-reports')).toBe('/field-reports/');
    expect(normaliseBase('//org/research//')).toBe('/org/research/');
  });
});

describe('normaliseOrigin()', () => {
  it('keeps the origin only', () => {
    expect(normaliseOrigin(undefined)).toBe('https://example.org');
    expect(normaliseOrigin('https://reports.example.net/')).toBe('https://reports.example.net');
    expect(normaliseOrigin('http://127.0.0.1:4321')).toBe('http://127.0.0.1:4321');
  });
  it('refuses what is not an http(s) URL, naming the fix', () => {
    expect(() => normaliseOrigin('reports.example.net')).toThrow(/SITE_URL "reports.example.net" is not a URL.*SITE_URL=https:/);
    expect(() => normaliseOrigin('javascript:alert(1)')).toThrow(/not an http\(s\) URL/);
  });
});

describe('siteLocation()', () => {
  it('reads the base from SITE_BASE, or from the path of SITE_URL', () => {
    expect(siteLocation({})).toEqual({ base: '/', origin: 'https://example.org' });
    expect(siteLocation({ SITE_BASE: '/field-reports/' })).toEqual({ base: '/field-reports/', origin: 'https://example.org' });
    expect(siteLocation({ SITE_URL: 'https://org.github.io/field-reports' })).toEqual({ base: '/field-reports/', origin: 'https://org.github.io' });
    expect(siteLocation({ SITE_URL: 'https://org.github.io/field-reports/', SITE_BASE: 'field-reports' })).toEqual({ base: '/field-reports/', origin: 'https://org.github.io' });
  });
  it('refuses a SITE_URL path that disagrees with SITE_BASE', () => {
    expect(() => siteLocation({ SITE_URL: 'https://org.github.io/a/', SITE_BASE: '/b/' })).toThrow(/SITE_URL has the path \/a\/ but SITE_BASE is \/b\//);
  });
});

describe('createRoutes()', () => {
  const root = createRoutes({ base: '/', origin: 'https://example.org' });
  const sub = createRoutes({ base: '/field-reports', origin: 'https://org.github.io/' });

  it('puts every page, file and feed under the base path', () => {
    for (const r of [root, sub]) {
      const urls = [
        r.home(), r.report('x'), r.reportEvents('x'), r.reportData('x'), r.reportPlaces('x'), r.reportEventsCsv('x'), r.reportBasemap('x'),
        r.paragraph('x', 'p-3'), r.reportSelection('x', 'event', 'e-1'), r.place('x'), r.actor('x'), r.source('x'), r.event('x'), r.tag('x'),
        r.atlas(), r.search(), r.search('tanf'), r.embedMap('x'), r.embedTimeline('x'), r.embedEvent('x'), r.rss(), r.atom(), r.jsonFeed(),
        r.sitemap(), r.robots(), r.notFound(), r.favicon(), r.searchBundle(), r.asset('/og/x.png'),
      ];
      for (const url of urls) expect(url.startsWith(r.base), url).toBe(true);
    }
    expect(sub.report('iran-militias-syria-2023')).toBe('/field-reports/reports/iran-militias-syria-2023/');
    expect(sub.reportBasemap('x')).toBe('/field-reports/reports/x/basemap.json');
    expect(sub.paragraph('x', 'p-3')).toBe('/field-reports/reports/x/#p-3');
    expect(sub.reportSelection('x', 'event', 'us-strikes-2023-10-26')).toBe('/field-reports/reports/x/#event=us-strikes-2023-10-26');
    expect(sub.asset('/favicon.svg')).toBe('/field-reports/favicon.svg');
    expect(root.home()).toBe('/');
    expect(root.searchBundle()).toBe('/pagefind/');
  });

  it('makes absolute URLs from the origin', () => {
    expect(sub.absolute(sub.report('x'))).toBe('https://org.github.io/field-reports/reports/x/');
    expect(root.absolute(root.rss())).toBe('https://example.org/rss.xml');
  });

  it('puts a query and filters in the search URL, encoded', () => {
    expect(root.search('al-Tanf & co')).toBe('/search/?q=al-Tanf+%26+co');
    expect(root.search('tanf', { kind: 'place', year: undefined })).toBe('/search/?q=tanf&kind=place');
    expect(root.search(undefined, { kind: 'event' })).toBe('/search/?kind=event');
  });

  it('encodes path segments, so no id or tag can leave its folder', () => {
    expect(root.tag('us forces')).toBe('/tags/us%20forces/');
    expect(root.report('../x')).toBe('/reports/..%2Fx/');
  });

  it('prefixes pages (not files) of another locale', () => {
    const ar = createRoutes({ base: '/field-reports/', origin: 'https://example.org', locale: 'ar' });
    expect(ar.report('x')).toBe('/field-reports/ar/reports/x/');
    expect(ar.home()).toBe('/field-reports/ar/');
    expect(ar.reportData('x')).toBe('/field-reports/reports/x/data.json');
    expect(createRoutes({ base: '/', locale: 'en' }).home()).toBe('/');
  });

  it('withoutBase() strips the base, leaving other paths alone', () => {
    expect(sub.withoutBase('/field-reports/reports/x/')).toBe('/reports/x/');
    expect(sub.withoutBase('/field-reports/')).toBe('/');
    expect(sub.withoutBase('/elsewhere/')).toBe('/elsewhere/');
  });

  it('pageKind() names the kind of page a path is, with or without the base', () => {
    expect(sub.pageKind(sub.report('x'))).toBe('report');
    expect(sub.pageKind('/reports/x/')).toBe('report');
    expect(sub.pageKind('reports/x/index.html')).toBe('report');
    expect(sub.pageKind(sub.place('al-tanf'))).toBe('place');
    expect(sub.pageKind(sub.actor('irgc'))).toBe('actor');
    expect(sub.pageKind(sub.source('pentagon'))).toBe('source');
    expect(sub.pageKind(sub.event('e'))).toBe('event');
    for (const path of [sub.home(), sub.tag('syria'), sub.search(), sub.reportEvents('x'), sub.reportData('x'), '/404.html']) expect(sub.pageKind(path), path).toBeUndefined();
    const ar = createRoutes({ base: '/', locale: 'ar' });
    expect(ar.pageKind(ar.report('x'))).toBe('report');
  });
});
