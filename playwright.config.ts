import { defineConfig } from '@playwright/test';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, requireChromium } from './tests/e2e/support/chromium';

/**
 * End-to-end tests against the built app (`npm run test:e2e` builds the client first) in the system
 * Chromium. One worker: the machine has 2 cores and every test shares one server and one database.
 */
const PORT = Number(process.env.E2E_PORT ?? 3199);
const BASE_URL = `http://localhost:${PORT}`;

const executablePath = requireChromium();

/** Specs that load the shared database with thousands of rows. */
const BULK = '**/import-progress.spec.ts';

// A fresh database for each run. The config is loaded again in every worker process; workers inherit
// this variable from the runner, so only the runner (before it starts the server) deletes the file.
if (!process.env.E2E_DATABASE_PATH) {
  process.env.E2E_DATABASE_PATH = join(tmpdir(), `invest-pipeline-e2e-${PORT}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(process.env.E2E_DATABASE_PATH + suffix, { force: true });
}

export default defineConfig({
  testDir: 'tests/e2e',
  // The bulk import leaves 10,000 projects in the shared database: it runs after everything else so
  // the other journeys see the demo district as people do.
  projects: [
    { name: 'journeys', testMatch: '**/*.spec.ts', testIgnore: BULK },
    { name: 'bulk', testMatch: BULK, dependencies: ['journeys'] },
  ],
  outputDir: 'test-results',
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
    command: 'MALLOC_ARENA_MAX=2 npx tsx server/main.ts',
    cwd: import.meta.dirname,
    url: `${BASE_URL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // SIGTERM lets server/main.ts close the database; Playwright kills the process group after 5 s.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: {
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
