import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceMarkdown } from '../../../../src/lib/editor/reference.ts';

const text = referenceMarkdown();

describe('docs/reference.md', () => {
  it('is the one npm run docs generates (run it after changing src/lib/schema)', () => {
    expect(readFileSync('docs/reference.md', 'utf8')).toBe(text);
  });
  it('documents each field with its description, type, requirement and default', () => {
    expect(text).toContain('| `lat` | number from -90 to 90 | yes |  | Latitude, WGS84 decimal degrees (north positive), 4 decimals or more. |');
    expect(text).toContain('| `precision` | one of: `exact`, `near`, `region` |  | `"exact"` | How well the point is known; anything but `exact` needs `radiusKm`. |');
    expect(text).toContain('| `date` | date `YYYY-MM-DD`, or [A date range (any date field)](#date-range) | yes |');
    expect(text).toContain('| `explosions-remote-violence` | `chemical-weapon`, `air-drone-strike`');
  });
  it('has a section for every kind of entry', () => {
    for (const heading of ['places: a place', 'actors: an actor', 'events: an event', 'tallies: a counted figure', 'axes: an axis', 'sources: a source']) {
      expect(text).toMatch(new RegExp(`^## ${heading}`, 'm'));
    }
  });
});
