import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// One above the seeded suite's port, so clones that shift E2E_PORT do not collide here either.
const port = Number(process.env.E2E_REAL_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
const baseURL = `http://127.0.0.1:${port}`;

// The real-Fleet suite (e2e/real-*.spec.ts): the production build against the `fleet-test` instance, where Fleet's
// own controllers and agents run (controlplane/scripts/fleet-up.sh). Fleet converges in seconds to minutes, so
// the timeouts are longer than the seeded suite's.
export default defineConfig({
  ...base,
  testIgnore: undefined,
  testMatch: /real-.*\.spec\.ts$/,
  timeout: 300_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json', { outputFile: '.cache/test-results/e2e-real.json' }]],
  outputDir: '.cache/test-results/e2e-real-artifacts',
  use: { ...base.use, baseURL },
  webServer: {
    ...(Array.isArray(base.webServer) ? base.webServer[0]! : base.webServer!),
    command: `npx next start -H 127.0.0.1 -p ${port}`,
    url: `${baseURL}/api/health`,
    env: {
      ...(Array.isArray(base.webServer) ? base.webServer[0]!.env : base.webServer?.env),
      KUBECONFIG: process.env.KUBECONFIG ?? '.cache/kubeconfig-fleet-test',
      // The instance's chart repository listens on 127.0.0.1: allowed for the HelmOp form's versions lookup here only.
      FLEETDASH_HELM_INDEX_ALLOW_CIDRS: '127.0.0.1/32',
    },
  },
});
