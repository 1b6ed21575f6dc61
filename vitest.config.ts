import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Dates are calendar days: run every unit test in a zone far from UTC so off-by-one bugs show.
    env: { TZ: 'America/Los_Angeles' },
    // Limits from measurement on a loaded 2-core machine (a first check of a valid report reads the country
    // polygons: 1-4 s at a load average of 40); tests assert behaviour, never durations.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
