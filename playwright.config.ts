import { defineConfig, devices } from '@playwright/test';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

// Browser tests run Debian's Chromium (never a downloaded browser) against the real server on a
// fresh embedded database with the demo data, on a phone-sized and a desktop viewport.

/** A port nobody listens on right now, as the operating system hands it out. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// The server takes a free port (or E2E_PORT), so that two runs on one machine do not collide. This file
// is evaluated in the main process and again in every worker: the main process picks the port and
// leaves it in the environment, which the workers inherit.
if (!process.env.E2E_PORT) process.env.E2E_PORT = String(await freePort());
const port = Number(process.env.E2E_PORT);
const dataDir = path.resolve('test-results/e2e-data');
if (!process.env.TEST_WORKER_INDEX) rmSync(dataDir, { recursive: true, force: true });

const chromium = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: chromium,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'setup', testMatch: /\.setup\.ts$/ },
    // *.phone.spec.ts and *.desktop.spec.ts change shared demo data, so each runs on one viewport only
    { name: 'phone', dependencies: ['setup'], testIgnore: /\.desktop\.spec\.ts$/, use: { ...devices['Pixel 7'], viewport: { width: 360, height: 780 }, launchOptions: chromium } },
    { name: 'desktop', dependencies: ['setup'], testIgnore: /\.phone\.spec\.ts$/, use: { viewport: { width: 1280, height: 800 }, launchOptions: chromium } },
    // `npm run screenshots`: the pictures in docs/screenshots, taken only when asked for
    ...(process.env.SCREENSHOTS ? [{ name: 'docs', dependencies: ['setup'], testMatch: /\.docs\.ts$/, use: { launchOptions: chromium } }] : []),
  ],
  webServer: {
    // The server runs in development mode (for its dev mailbox), but from what `npm start` runs: the web
    // app built in production mode and the server's esbuild bundle (decision 0028), each built only when
    // its sources changed since the last build (so under `npm test`, which has just built the web app to
    // measure it, that build is served as it is).
    command: 'node scripts/build-web.mjs && node scripts/build-server.mjs && node --enable-source-maps dist/server/main.mjs',
    url: `http://localhost:${port}/api/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT_MAX: '1000',
      PUBLIC_URL: `http://localhost:${port}`,
    },
  },
});
