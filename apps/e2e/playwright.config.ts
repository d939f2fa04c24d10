import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Journeys run against the built product (`dist/apps/api/main.js` serving `dist/apps/web`), as
 * `npm start` runs it, on its own port and its own throw-away embedded PostgreSQL with the demo
 * edition. Debian's Chromium: Playwright's browser downloads do not work on our machines.
 */
const root = resolve(__dirname, '../..');
/**
 * Each worker has its own product (port E2E_PORT + n, PostgreSQL E2E_PG_PORT + n, its own data
 * folder and demo edition), so journeys of two workers never see each other's changes. The
 * journeys wait on the browser and the network far more than they compute (a run under a busy
 * machine took as long as on a quiet one), so two workers halve the time even on two cores.
 */
const workers = Number(process.env.E2E_WORKERS ?? 2);
const firstPort = Number(process.env.E2E_PORT ?? 3100);
const firstPgPort = Number(process.env.E2E_PG_PORT ?? 54339);
/** Set in each worker before it reads this file: which product this worker's journeys drive. */
const workerIndex = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
const baseURL = `http://127.0.0.1:${firstPort + workerIndex}`;
const servers = Array.from({ length: workers }, (_, n) => n);
/** Only the runner starts the products; a worker reading this file must not make data folders. */
const inRunner = process.env.TEST_PARALLEL_INDEX === undefined;
const dataDir = (n: number) =>
  process.env.E2E_DATA_DIR
    ? `${process.env.E2E_DATA_DIR}-${n}`
    : inRunner
      ? mkdtempSync(join(tmpdir(), `tandem-e2e-${n}-`))
      : '';

export default defineConfig({
  testDir: './src',
  outputDir: join(root, 'test-results/playwright-artifacts'),
  fullyParallel: false,
  workers,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: join(root, 'test-results/playwright.json') }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-GB',
    timezoneId: 'Europe/Tallinn',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  // Started once, by the runner (not by the workers, which also read this file).
  webServer: servers.map((n) => ({
    command: 'node dist/apps/api/main.js',
    cwd: root,
    url: `http://127.0.0.1:${firstPort + n}/health/ready`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      PORT: String(firstPort + n),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir(n),
      EMBEDDED_PG_PORT: String(firstPgPort + n),
      // One API process per product: its journeys share one demo edition; the cluster has its own spec (cluster.int-spec).
      API_WORKERS: '1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
    },
  })),
});
