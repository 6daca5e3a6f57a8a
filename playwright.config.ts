/**
 * End-to-end suite: Playwright drives the real renderer in Debian's Chromium through the browser-mode
 * web host, one fresh host and temp data directory per test (see test/e2e/fixtures.ts).
 * `npx playwright install` cannot run on our machines, so the system Chromium is used directly.
 */
import { defineConfig } from '@playwright/test';

// The test runner (build/test.mjs) passes the Chromium it provisioned as CHROMIUM_PATH.
const CHROMIUM = process.env.CHROMIUM_PATH || process.env.MOSTRADOR_CHROMIUM || '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e-artifacts',
  globalSetup: './test/e2e/global-setup.ts',
  // Two cores: one worker per core; every test owns its host process and data directory.
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    // A fixed locale and size make the default language (Spanish) and the screenshots reproducible.
    locale: 'es-AR',
    timezoneId: 'America/Argentina/Buenos_Aires',
    viewport: { width: 1280, height: 800 },
    // Failures keep a screenshot and the error context; traces are off because recording them costs
    // time on every test and the runner empties test-results/ at its start.
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
