import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alpha2OfNumeric, countryName, numericOfAlpha2 } from '../../../../src/lib/acled/countries.ts';
import { acledRows } from '../../../../src/lib/export/acled-csv.ts';
import { importAcled } from '../../../../src/lib/import/acled.ts';

describe('the ACLED country table (ISO 3166-1 numeric)', () => {
  it('knows countries in every region, not a handful', () => {
    expect(['729', '804', '760', '076', '004', '840', '036', '728'].map((c) => alpha2OfNumeric(c))).toEqual(['SD', 'UA', 'SY', 'BR', 'AF', 'US', 'AU', 'SS']);
    expect(alpha2OfNumeric('76')).toBe('BR');
    expect(alpha2OfNumeric('900')).toBeUndefined();
    expect(alpha2OfNumeric('150')).toBeUndefined(); // Europe, a UN M.49 region
    expect(alpha2OfNumeric('x')).toBeUndefined();
  });

  it('goes back from alpha-2 to the current numeric code, one per country', () => {
    expect(['SD', 'UA', 'RU', 'DE', 'YE', 'RS', 'CZ', 'FR', 'ET', 'SA', 'JE'].map(numericOfAlpha2)).toEqual(['729', '804', '643', '276', '887', '688', '203', '250', '231', '682', '832']);
    expect(numericOfAlpha2('ZZ')).toBeUndefined();
  });

  it('round-trips every country the basemap draws (world-atlas ids are ISO 3166-1 numeric)', () => {
    const atlas = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as { objects: { countries: { geometries: { id?: string }[] } } };
    const ids = atlas.objects.countries.geometries.map((g) => g.id).filter((id): id is string => id !== undefined);
    expect(ids.length).toBeGreaterThan(200);
    for (const id of ids) {
      const alpha2 = alpha2OfNumeric(id);
      expect(alpha2, id).toMatch(/^[A-Z]{2}$/);
      expect(numericOfAlpha2(alpha2!), `${id} ${alpha2}`).toBe(id);
    }
  });

  it('names countries through Intl.DisplayNames', () => {
    expect(countryName('SD')).toBe('Sudan');
    expect(countryName('UA')).toBe('Ukraine');
    expect(countryName('UA', 'fr')).toBe('Ukraine');
    expect(countryName('SY', 'ar')).not.toBe('SY');
  });
});

describe('an import from Sudan and Ukraine', () => {
  const result = importAcled(readFileSync('tests/fixtures/acled/sudan-ukraine.csv', 'utf8'));

  it('takes both rows, with each place in its country', () => {
    expect(result.problems).toEqual([]);
    expect(result.places.map((p) => [p.name, p.country])).toEqual([
      ['Exampletown', 'SD'],
      ['Sampleville', 'UA'],
    ]);
  });

  it('exports them back with ACLED\'s numeric code and the country name', () => {
    const rows = acledRows({ events: result.events, places: result.places, actors: result.actors, sources: result.sources });
    expect(rows.map((r) => [r.iso, r.country])).toEqual([
      ['729', 'Sudan'],
      ['804', 'Ukraine'],
    ]);
  });
});
