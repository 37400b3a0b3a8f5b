import { resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './lib/dev/browser-launch';

const PORT = Number(process.env.E2E_PORT ?? 3100);

// Every app server the specs start (the shared one, and those of their own) signs its ledger with a key kept
// under test-results/, not in the user's ~/.config/conforme: set here, inherited by every child process.
process.env.CONFORME_SIGNING_KEY_FILE ??= resolve('test-results/seal/ledger-signing-key.pem');
process.env.CONFORME_CHECKPOINT_FILE ??= resolve('test-results/seal/checkpoints.jsonl');

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    // Debian's Chromium where present (Playwright cannot download its own browser here); Playwright's otherwise.
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    {
      name: 'chromium',
      dependencies: ['setup'],
      use: { storageState: 'test-results/.auth/admin.json' },
    },
  ],
  webServer: {
    // The app is built once by `npm test` before Playwright starts; every spec shares this server.
    // A fresh store for every run, so each run starts from an empty workspace.
    command: `node -e "require('fs').rmSync('test-results/data',{recursive:true,force:true})" && node --import tsx lib/server/main.ts -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    // The specs stand in for a load balancer on loopback when they say which visitor a request is from
    // (x-forwarded-for); e2e/client-address.spec.ts checks the default, where nothing is trusted.
    env: { CONFORME_DATA_DIR: 'test-results/data', CONFORME_TRUSTED_PROXIES: '127.0.0.1' },
  },
});
