import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, requireChromium } from './tests/e2e/support/chromium';
import { freePortSync } from './tests/helpers/free-port';

/**
 * End-to-end tests against the built app (`npm start`'s server, which builds what is stale) in the
 * system Chromium. One worker: the machine has 2 cores and every test shares one server and one database.
 *
 * The config is loaded again in every worker process; workers inherit the variables set here from the
 * runner, so only the runner picks the port (a free one unless E2E_PORT says) and makes the database's
 * private folder (removed by the global teardown): two runs on one machine do not meet.
 */
process.env.E2E_PORT ??= String(freePortSync());
if (!process.env.E2E_DATABASE_PATH) {
  process.env.E2E_TEMP_DIR = mkdtempSync(join(tmpdir(), 'invest-pipeline-e2e-'));
  process.env.E2E_DATABASE_PATH = join(process.env.E2E_TEMP_DIR, 'app.db');
}
const PORT = Number(process.env.E2E_PORT);
const BASE_URL = `http://localhost:${PORT}`;

const executablePath = requireChromium();

/** Specs that load the shared database with thousands of rows. */
const BULK = '**/import-progress.spec.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  // The bulk import leaves 10,000 projects in the shared database: it runs after everything else so
  // the other journeys see the demo district as people do.
  projects: [
    { name: 'journeys', testMatch: '**/*.spec.ts', testIgnore: BULK },
    { name: 'bulk', testMatch: BULK, dependencies: ['journeys'] },
  ],
  outputDir: 'test-results',
  globalTeardown: './tests/e2e/support/remove-temp-dir.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  webServer: {
    command: 'node scripts/start.mjs',
    cwd: import.meta.dirname,
    url: `${BASE_URL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // SIGTERM lets the server close the database; Playwright kills the process group after 5 s.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: {
      MALLOC_ARENA_MAX: '2', // as `npm start` runs it (decision 074)
      PORT: String(PORT),
      HOST: 'localhost',
      DATABASE_PATH: process.env.E2E_DATABASE_PATH,
      DEMO_DATA: '1',
      // The suite signs the demo accounts in some 70 times within minutes from one address; the
      // throttle's own limits are tested through the API (tests/api/abuse.test.ts).
      LOGIN_MAX_SUCCESS_PER_ACCOUNT: '1000',
      LOGIN_MAX_PER_ADDRESS: '1000',
    },
  },
});
