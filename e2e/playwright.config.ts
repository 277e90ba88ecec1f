import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { findChromium } from './support/chromium.js';

const API_PORT = Number(process.env.E2E_API_PORT ?? 8799);
const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 4399);
// One fresh embedded database per run; workers inherit the variable, so they agree on it.
if (!process.env.E2E_DATA_DIR) {
  process.env.E2E_DATA_DIR = mkdtempSync(join(tmpdir(), 'tongdai-e2e-'));
  // The embedded server runs as the postgres user, which must reach its folder inside this one.
  chmodSync(process.env.E2E_DATA_DIR, 0o755);
}
process.env.E2E_WEB_PORT = String(WEB_PORT);

/** Specs that move the API's clock forward (see the `clock` project). */
const CLOCK_SPECS = /operator-console\.spec\.ts$/;

const chromium = findChromium();
if (!chromium) {
  const message =
    'Chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH): browser tests cannot run.';
  if (process.env.E2E_REQUIRED === '1') throw new Error(message);
  process.stderr.write(`\n  ${message} Skipping them.\n\n`);
}

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  // On CI the browser shares two cores with the API and integration suites (turbo runs three test
  // tasks at once): a journey that takes 20 s alone can take 35 s there. Timeouts are not speed checks.
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${WEB_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: CLOCK_SPECS },
    // Specs that move the API's clock (test hooks) run after all others: a clock hours ahead would
    // expire other specs' one-time codes. `--no-deps` runs them alone.
    { name: 'clock', use: { browserName: 'chromium' }, testMatch: CLOCK_SPECS, dependencies: ['chromium'] },
  ],
  webServer: chromium
    ? [
        {
          command: 'pnpm --filter @tongdai/api start',
          url: `http://127.0.0.1:${API_PORT}/health`,
          timeout: 120_000,
          reuseExistingServer: false,
          stdout: 'ignore',
          env: {
            API_PORT: String(API_PORT),
            WEB_PORT: String(WEB_PORT),
            DATABASE_URL: '',
            DATA_DIR: process.env.E2E_DATA_DIR,
            LOG_LEVEL: 'warn',
            // A movable clock and an on-demand SLA sweep under /__test (apps/api/src/test-hooks.ts).
            TEST_HOOKS: '1',
          },
        },
        {
          // vite preview serves the built app over plain http; adapter-node assumes https without a proxy.
          command: `pnpm --filter @tongdai/web exec vite preview --host 127.0.0.1 --port ${WEB_PORT} --strictPort`,
          url: `http://localhost:${WEB_PORT}/`,
          timeout: 60_000,
          reuseExistingServer: false,
          env: {
            API_URL: `http://127.0.0.1:${API_PORT}`,
            BASE_DOMAIN: 'localhost',
          },
        },
      ]
    : undefined,
});
