import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Dates are calendar days: run every unit test in a zone far from UTC so off-by-one bugs show.
    env: { TZ: 'America/Los_Angeles' },
  },
});
