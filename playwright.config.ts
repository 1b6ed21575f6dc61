import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env['PW_PORT'] ?? 4329);
/** Debian's Chromium; browsers cannot be downloaded here (see README). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Limits from measurement on this 2-core machine under load (axe on the report page took 72-84 s at a load
  // average of 14; about 10 s alone): no test may assert a duration, and none may fail only because the
  // machine is busy.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: [/\.phone\.spec\.ts$/, /budgets\.spec\.ts$/] },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, testMatch: /\.phone\.spec\.ts$|responsive\.spec\.ts$/ },
    // Performance budgets are measured last and alone: Lighthouse's scores drop when other tests load the CPU.
    { name: 'budgets', use: { ...devices['Desktop Chrome'], channel: undefined }, testMatch: /budgets\.spec\.ts$/, fullyParallel: false, dependencies: ['desktop', 'phone'] },
  ],
  webServer: {
    command: `node scripts/serve.ts dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
  },
});
