import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReportSource } from '../../../../src/lib/check/check-report.ts';
import { reportGeoJson } from '../../../../src/lib/export/geojson.ts';
import { reportContext } from '../../../../src/integrations/site-config.ts';

const FILE = 'content/reports/iran-militias-syria-2023.mdx';
const report = checkReportSource(FILE, readFileSync(FILE, 'utf8'), reportContext()).report!;

describe('reportGeoJson()', () => {
  const geo = reportGeoJson(report);

  it('puts each place at [lon, lat] with its precision', () => {
    const tanf = geo.features.find((f) => f.id === 'place:al-tanf');
    expect(tanf?.geometry).toEqual({ type: 'Point', coordinates: [38.6178, 33.5058] });
    expect(geo.features.find((f) => f.id === 'place:tri-border-area')?.properties).toMatchObject({ precision: 'region', radius_km: 30 });
  });

  it('draws each axis from every origin to every target', () => {
    const euphrates = geo.features.filter((f) => f.properties['kind'] === 'axis' && f.properties['id'] === 'axis-euphrates');
    expect(euphrates).toHaveLength(4);
    expect(geo.features.filter((f) => f.properties['kind'] === 'shipment')).toHaveLength(1);
  });
});
