// End-to-end tests: Chromium against a production build (`next start`; on `next dev`
// first-hit compiles made runs flaky), served by the same start script as `npm start`,
// on a fresh embedded database in a temporary directory, so it migrates and seeds from
// nothing every run. `npm run test:e2e` (scripts/e2e.sh) picks the browser and the port.
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/** A port nothing listens on now (not 3000: a developer's own portal may be running). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

// Chosen once, by the runner, and inherited by its workers through the environment (every
// process loads this file; each must agree on the port).
process.env.ASSAY_E2E_PORT ||= String(await freePort());
process.env.ASSAY_E2E_DATA_DIR ||= mkdtempSync(path.join(os.tmpdir(), 'assay-e2e-'));
const port = Number(process.env.ASSAY_E2E_PORT);
const baseURL = `http://localhost:${port}`;

// Debian's Chromium when present (browsers cannot be downloaded here); elsewhere the
// browser Playwright installs itself (`npx playwright install chromium`).
const systemChromium = process.env.ASSAY_CHROMIUM_PATH || '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

const ci = !!process.env.CI;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: ci ? 1 : 0,
  forbidOnly: ci,
  // Generous for a loaded 2-core machine (a sign-in took 10–18 s with other builds running);
  // on an idle one the slowest journeys take about 30 s.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  // Playwright empties its outputDir at start: keep it apart from the other runners' reports.
  outputDir: 'test-results/playwright',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          // Without the background-networking flags Chromium keeps trying (and failing) to
          // reach Google's hosts on a closed network.
          args: ['--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: 'node_modules/.bin/tsx scripts/start.ts',
    // next-auth's CSRF endpoint answers 200 without touching the database.
    url: `${baseURL}/api/auth/csrf`,
    reuseExistingServer: false,
    // A cold production build on 2 idle cores takes ~1.5 min now (more pages), and several
    // times that on a loaded machine; migrate and seed come on top. Waiting too little fails
    // every test of the run at once, so wait generously.
    timeout: 600_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // The start script forwards the signal to next and releases the database lock.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: {
      PORT: String(port),
      ASSAY_DATA_DIR: process.env.ASSAY_E2E_DATA_DIR,
      // Always the embedded database and plain http, whatever the developer's shell says:
      // the tests change data (disable users, …) and must never touch a real database.
      DATABASE_URL: '',
      ASSAY_PGLITE_DIR: '',
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: '1',
      // /admin/jobs honours an "as of" time (e2e/closures.spec.ts moves past a grace period).
      ASSAY_TEST_CLOCK: '1',
    },
  },
});
