import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;

// End-to-end tests drive the production build against the real local control plane (npm test starts it).
export default defineConfig({
  testDir: 'e2e',
  // The real-Fleet specs run against their own instance: playwright.real.config.ts.
  testIgnore: /real-.*\.spec\.ts$/,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: '.cache/test-results/e2e.json' }]],
  outputDir: '.cache/test-results/e2e-artifacts',
  use: {
    baseURL,
    browserName: 'chromium',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-component-update', '--disable-sync'],
    },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  webServer: process.env.E2E_BASE_URL ? undefined : {
    command: `npx next start -H 127.0.0.1 -p ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: {
      KUBECONFIG: process.env.KUBECONFIG ?? '.cache/kubeconfig',
      FLEETDASH_LOCAL_USER_CONTEXT: 'admin',
      FLEETDASH_SESSION_SECRET: process.env.FLEETDASH_SESSION_SECRET ?? 'e2e-session-secret-0123456789abcdef0123456789',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_MANUAL_SIG_HANDLE: 'true',
    },
  },
});
