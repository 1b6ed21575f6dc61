import { describe, expect, it } from 'vitest';
import { tileConfig } from '../../../../src/lib/map/config.ts';

describe('tileConfig()', () => {
  it('is off by default: no tile server unless the site opts in', () => {
    expect(tileConfig({})).toBeUndefined();
    expect(tileConfig({ SITREP_TILES_URL: '  ' })).toBeUndefined();
  });

  it('reads an https template with its attribution', () => {
    expect(tileConfig({ SITREP_TILES_URL: 'https://tiles.example.org/{z}/{x}/{y}.png', SITREP_TILES_ATTRIBUTION: '© OpenStreetMap contributors' })).toEqual({
      url: 'https://tiles.example.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap contributors',
      maxZoom: 12,
    });
  });

  it('refuses tiles without attribution, over http, or without {z}/{x}/{y}', () => {
    expect(() => tileConfig({ SITREP_TILES_URL: 'https://t.example.org/{z}/{x}/{y}.png' })).toThrow(/ATTRIBUTION/);
    expect(() => tileConfig({ SITREP_TILES_URL: 'http://t.example.org/{z}/{x}/{y}.png', SITREP_TILES_ATTRIBUTION: 'x' })).toThrow(/https/);
    expect(() => tileConfig({ SITREP_TILES_URL: 'javascript:alert(1)//{z}{x}{y}', SITREP_TILES_ATTRIBUTION: 'x' })).toThrow(/https/);
    expect(() => tileConfig({ SITREP_TILES_URL: 'https://t.example.org/tile.png', SITREP_TILES_ATTRIBUTION: 'x' })).toThrow(/\{z\}/);
  });
});
