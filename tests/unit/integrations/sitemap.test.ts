import { describe, expect, it } from 'vitest';
import { lastModifiedFromFeed } from '../../../src/integrations/sitemap.ts';
import { createRoutes } from '../../../src/lib/routes.ts';

describe('lastModifiedFromFeed()', () => {
  const routes = createRoutes({ base: '/field-reports/', origin: 'https://org.example' });
  const feed = {
    items: [
      { url: 'https://org.example/field-reports/reports/a/', date_modified: '2024-02-10T00:00:00Z', tags: ['drones', 'border'] },
      { url: 'https://org.example/field-reports/reports/b/', date_modified: '2023-11-20T00:00:00Z', tags: ['border'] },
      { url: 'https://org.example/field-reports/reports/c/' },
    ],
  };
  const dates = lastModifiedFromFeed(feed, routes);

  it('dates each report by its own last change, and a listing by its newest report', () => {
    expect(dates.get('https://org.example/field-reports/reports/a/')).toBe('2024-02-10T00:00:00Z');
    expect(dates.get('https://org.example/field-reports/reports/b/')).toBe('2023-11-20T00:00:00Z');
    expect(dates.get('https://org.example/field-reports/')).toBe('2024-02-10T00:00:00Z');
    expect(dates.get('https://org.example/field-reports/tags/border/')).toBe('2024-02-10T00:00:00Z');
    expect(dates.get('https://org.example/field-reports/tags/drones/')).toBe('2024-02-10T00:00:00Z');
  });

  it('gives no date rather than a made-up one', () => {
    expect(dates.has('https://org.example/field-reports/reports/c/')).toBe(false);
    expect(lastModifiedFromFeed({}, routes).size).toBe(0);
  });
});
