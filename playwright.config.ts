import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser download cannot work on locked-down machines. */
export const CHROMIUM_PATH = process.env['JALON_CHROMIUM'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/**
 * Not the web mode's own port, so a running Jalon and the tests never meet.
 * `JALON_E2E_PORT` lets two working copies run their suites side by side.
 */
export const E2E_PORT = Number(process.env['JALON_E2E_PORT'] ?? 5399);

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    locale: 'fr-BE',
    timezoneId: 'Europe/Brussels',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node scripts/serve.mjs',
    env: { JALON_PORT: String(E2E_PORT) },
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
  projects: [
    {
      name: 'web',
      testIgnore: /(electron|packaging|crash)\.spec\.ts/,
      use: { launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } },
    },
    {
      // The kill tests check that at most a second of work is lost: they run once the rest is done,
      // alone, so that what they judge is Jalon's writing and not a second test starving the 2 cores.
      name: 'durability',
      testMatch: /crash\.spec\.ts/,
      dependencies: ['web'],
      use: { launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } },
    },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
    { name: 'packaging', testMatch: /packaging\.spec\.ts/ },
  ],
});
