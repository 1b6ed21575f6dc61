import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';
import { reportContext } from '../../../../src/integrations/site-config.ts';
import { jsonForScript } from '../../../../src/lib/text/json-script.ts';
import { actorJsonLd, entityJsonLd, placeJsonLd, reportJsonLd } from '../../../../src/lib/view/jsonld.ts';

const seed = checkReportSource('seed.mdx', readFileSync('content/reports/iran-militias-syria-2023.mdx', 'utf8'), reportContext()).report!;
const url = 'https://example.org/reports/seed/';

describe('reportJsonLd()', () => {
  it('describes the seed as a NewsArticle: headline, authors, publisher, dates at the precision known', () => {
    const ld = reportJsonLd(seed, { url, image: 'https://example.org/og/seed.png', locale: 'en' });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: seed.title,
      description: seed.dek,
      url,
      mainEntityOfPage: url,
      inLanguage: 'en',
      image: ['https://example.org/og/seed.png'],
      author: seed.authors.map((a) => ({ '@type': 'Person', name: a.name })),
      publisher: { '@type': 'Organization', name: seed.publisher },
      // Published between 12 and 20 November 2023: the month, not a guessed day.
      datePublished: '2023-11',
      dateModified: '2023-11-20',
      temporalCoverage: `${seed.period.start}/${seed.period.end}`,
    });
    expect(ld).not.toHaveProperty('correction');
    const places = ld['contentLocation'] as { geo: { '@type': string } }[];
    expect(places).toHaveLength(seed.places.length);
  });

  it('carries each correction as a CorrectionComment with its date, and moves dateModified', () => {
    const corrected = {
      ...seed,
      corrections: [{ date: '2023-12-01', what: 'A date was wrong.', why: 'The source says otherwise.' }],
      events: seed.events.map((e, i) => (i === 0 ? { ...e, corrections: [{ date: '2023-12-05', what: 'The place was wrong.', why: 'A map.' }] } : e)),
    };
    const ld = reportJsonLd(corrected, { url });
    expect(ld['correction']).toEqual([
      { '@type': 'CorrectionComment', text: 'A date was wrong. The source says otherwise.', datePublished: '2023-12-01', correctedWork: { '@id': url } },
      { '@type': 'CorrectionComment', text: `${seed.events[0]!.title}: The place was wrong. A map.`, datePublished: '2023-12-05', correctedWork: { '@id': url } },
    ]);
    expect(ld['dateModified']).toBe('2023-12-05');
  });

  it('cites sources with their archived copies', () => {
    const archived = { ...seed, sources: [{ ...seed.sources[0]!, url: 'https://example.org/a', archived: 'https://web.archive.org/web/20231120000000/https://example.org/a' }] };
    expect(reportJsonLd(archived, { url })['citation']).toEqual([
      expect.objectContaining({ '@type': 'CreativeWork', url: 'https://example.org/a', archivedAt: 'https://web.archive.org/web/20231120000000/https://example.org/a' }),
    ]);
  });

  it('cannot break out of its script element, whatever the content says', () => {
    const hostile = { ...seed, title: '</script><script>alert(1)</script>', dek: '<!-- & \u2028' };
    const text = jsonForScript(reportJsonLd(hostile, { url }));
    expect(text).not.toMatch(/<|>|\u2028/);
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>');
  });
});

describe('entity JSON-LD', () => {
  it('gives a point place GeoCoordinates and a place known to a radius a GeoCircle in metres', () => {
    expect(placeJsonLd({ name: 'A', aliases: [], lat: 33.5, lon: 38.6, precision: 'exact', radiusKm: undefined }, 'https://example.org/places/a/')).toEqual({
      '@type': 'Place', name: 'A', geo: { '@type': 'GeoCoordinates', latitude: 33.5, longitude: 38.6 }, '@id': 'https://example.org/places/a/', url: 'https://example.org/places/a/',
    });
    expect(placeJsonLd({ name: 'B', aliases: ['Bee'], lat: 35, lon: 40, precision: 'region', radiusKm: 60 })).toMatchObject({
      alternateName: ['Bee'],
      geo: { '@type': 'GeoCircle', geoMidpoint: { latitude: 35, longitude: 40 }, geoRadius: 60_000 },
    });
  });
  it('types people as Person, governments as GovernmentOrganization, the rest as Organization', () => {
    expect(actorJsonLd({ name: 'P', kind: 'person' })['@type']).toBe('Person');
    expect(actorJsonLd({ name: 'G', kind: 'government' })['@type']).toBe('GovernmentOrganization');
    expect(actorJsonLd({ name: 'M', kind: 'militia', short: 'MM', aliases: ['Em'] })).toEqual({ '@type': 'Organization', name: 'M', alternateName: ['MM', 'Em'] });
    expect(entityJsonLd(actorJsonLd({ name: 'M', kind: 'militia' }), 'https://example.org/actors/m/')).toMatchObject({ '@context': 'https://schema.org', mainEntityOfPage: 'https://example.org/actors/m/' });
  });
});
