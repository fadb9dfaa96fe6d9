// End-to-end tests in Debian's Chromium (headless) against the real binary. `tests/api/browser.rs`
// starts the service and runs `npx playwright test` with AI_USAGE_BASE_URL set; to run them by
// hand, start a fresh service and set that variable (and AI_USAGE_SETUP_CODE, see e2e/flows.spec.ts).
import { defineConfig } from '@playwright/test';

const baseURL = process.env.AI_USAGE_BASE_URL;
if (!baseURL) throw new Error('set AI_USAGE_BASE_URL to a running ai-usage (tests/api/browser.rs does)');

export default defineConfig({
  testDir: './e2e',
  // The flows build on each other (the first test creates the admin account): one worker, in order.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  // An action that cannot happen fails where it is, not at the test's timeout.
  reporter: [['list']],
  outputDir: '../target/playwright-results',
  use: {
    baseURL,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    headless: true,
    locale: 'en-GB',
    timezoneId: 'UTC',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
