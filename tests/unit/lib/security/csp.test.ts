import { describe, expect, it } from 'vitest';
import { tileConfig } from '../../../../src/lib/map/config.ts';
import { cspDirectives } from '../../../../src/lib/security/csp.ts';

describe('cspDirectives()', () => {
  it('allows only the site itself by default', () => {
    const directives = cspDirectives(tileConfig({}));
    expect(directives).toContain("default-src 'self'");
    expect(directives).toContain("img-src 'self' data:");
    expect(directives.join(';')).not.toMatch(/https?:/);
  });

  it('lets an opted-in tile server serve images, and nothing more', () => {
    const tiles = tileConfig({ SITREP_TILES_URL: 'https://tiles.example.org/{z}/{x}/{y}.png', SITREP_TILES_ATTRIBUTION: '© Example' });
    const directives = cspDirectives(tiles);
    expect(directives).toContain("img-src 'self' data: https://tiles.example.org");
    expect(directives.filter((d) => d.includes('tiles.example.org'))).toHaveLength(1);
  });
});
