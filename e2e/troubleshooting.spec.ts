import { expect, test, type Page } from '@playwright/test';
import * as F from '../scripts/seed/fixtures';
import { DEFAULT_AGENT_STALE_MS } from '../lib/fleet/rollup';
import { screenshot } from './support/app';
import { fleet, kube, list } from './support/bundles';

// Local mode (admin). Every seeded troubleshooting case is detected and explained; expectations come from the API server.
const WS = F.WS_DEFAULT;

const finding = (page: Page, detector: string, text: string) => page.locator(`[data-testid="finding"][data-detector="${detector}"]`).filter({ hasText: text }).first();

test('every seeded troubleshooting case is detected and explained', async ({ page }) => {
  const bundle = await kube<{ spec?: { forceSyncGeneration?: number }; status?: { summary?: { modified?: number } } }>('GET', fleet(WS, 'bundles', F.AGENT_MODIFIED_BUNDLE));
  expect(bundle.status, 'the seeded agent bundle exists').toBe(200);
  expect(bundle.body.status?.summary?.modified ?? 0).toBeGreaterThan(0);
  const secret = await kube('GET', `/api/v1/namespaces/${WS}/secrets/${F.MISSING_SECRET}`);
  expect(secret.status, 'the referenced Secret really is missing').toBe(404);
  const clusters = await list<{ metadata: { name: string }; status?: { agent?: { lastSeen?: string | null } } }>(WS, 'clusters');
  const silent = clusters.filter((c) => !c.status?.agent?.lastSeen || Date.now() - Date.parse(c.status.agent.lastSeen) > DEFAULT_AGENT_STALE_MS).map((c) => c.metadata.name);
  expect(silent).toContain(F.OFFLINE_CLUSTER);

  await page.goto(`/w/${WS}/troubleshooting`);
  await expect(page.getByRole('heading', { name: 'Troubleshooting' })).toBeVisible();
  await expect(page.getByTestId('findings')).toBeVisible({ timeout: 30_000 });

  const agent = finding(page, 'agent-bundle-modified', F.AGENT_MODIFIED_BUNDLE);
  await expect(agent).toContainText('stuck in Modified');
  await expect(agent).toContainText('forceSyncGeneration');
  await expect(agent.getByTestId('force-sync')).toContainText(`${bundle.body.spec?.forceSyncGeneration ?? 0} → ${(bundle.body.spec?.forceSyncGeneration ?? 0) + 1}`);

  const offline = finding(page, 'agents-not-reporting', 'stopped reporting');
  await expect(offline).toContainText(`${silent.length} clusters stopped reporting`);
  await expect(offline).toContainText(F.OFFLINE_CLUSTER);
  await expect(offline.getByTestId('redeploy-agents')).toBeVisible();

  const missing = finding(page, 'missing-secret', F.MISSING_SECRET);
  await expect(missing).toContainText(F.GITREPO_MISSING_SECRET);
  await expect(missing).toContainText('clientSecretName');
  await expect(missing).toContainText('does not exist');
  await expect(missing.getByTestId('recreate-secret')).toBeVisible();

  const deps = finding(page, 'helm-dependencies-missing', F.BUNDLE_MISSING_DEPS);
  await expect(deps).toContainText('postgresql, redis');
  await expect(deps.getByTestId('finding-steps')).toContainText('helm dependency update');
  await expect(deps.getByTestId('finding-steps')).toContainText('charts/');

  const proxy = finding(page, 'proxy-env-missing', F.PROXY_MISSING_CLUSTER);
  await expect(proxy).toContainText(F.GROUP_PROXIED);
  await expect(proxy).toContainText('HTTP_PROXY');

  // Windows findings may be folded under "N more like this": count them in the DOM.
  const windows = page.locator('[data-testid="finding"][data-detector="windows-scheduling"]');
  await expect(windows.first()).toBeVisible();
  const onWindows = windows.filter({ hasText: F.WINDOWS_CLUSTERS[0] }).or(windows.filter({ hasText: F.WINDOWS_CLUSTERS[1] }));
  expect(await onWindows.count()).toBeGreaterThan(0);

  await screenshot(page, 'troubleshooting-page');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'troubleshooting-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Bulk agent force-update: the confirmation names every cluster with its before → after; confirmed, each
  // generation goes up by one on the API server and the result lists every cluster.
  const generations = async () =>
    Object.fromEntries(
      (await list<{ metadata: { name: string }; spec?: { redeployAgentGeneration?: number } }>(WS, 'clusters'))
        .filter((c) => silent.includes(c.metadata.name))
        .map((c) => [c.metadata.name, c.spec?.redeployAgentGeneration ?? 0]),
    );
  const before = await generations();
  await offline.getByTestId('redeploy-agents').click();
  const dialog = page.getByTestId('redeploy-dialog');
  await expect(dialog.getByTestId('redeploy-list')).toContainText(F.OFFLINE_CLUSTER);
  await expect(dialog.getByTestId('redeploy-list').locator('li')).toHaveCount(silent.length);
  await dialog.getByTestId('confirm-button').click();
  await expect(page.getByTestId('bulk-results')).toContainText(`${silent.length} succeeded`);
  await screenshot(page, 'troubleshooting-redeploy-results');
  expect(await generations()).toEqual(Object.fromEntries(Object.entries(before).map(([n, g]) => [n, g + 1])));
});

test('detail pages carry the hints for their own object', async ({ page }) => {
  await page.goto(`/w/${WS}/gitrepos/${F.GITREPO_MISSING_SECRET}`);
  const repoHints = page.getByTestId('troubleshooting-hints');
  await expect(repoHints.locator('[data-detector="missing-secret"]')).toContainText(F.MISSING_SECRET, { timeout: 30_000 });
  await expect(repoHints.locator('[data-testid="finding"]').filter({ hasText: 'stopped reporting' })).toHaveCount(0);

  await page.goto(`/w/${WS}/clusters/${F.OFFLINE_CLUSTER}`);
  const clusterHints = page.getByTestId('troubleshooting-hints');
  await expect(clusterHints.locator('[data-detector="agents-not-reporting"]')).toContainText(F.OFFLINE_CLUSTER, { timeout: 30_000 });
  await expect(clusterHints.locator('[data-detector="missing-secret"]')).toHaveCount(0);
  await screenshot(page, 'cluster-detail-hints');
});

test('force sync fix bumps the agent bundle’s spec.forceSyncGeneration (read back from the API server)', async ({ page }) => {
  const read = async () => (await kube<{ spec?: { forceSyncGeneration?: number } }>('GET', fleet(WS, 'bundles', F.AGENT_MODIFIED_BUNDLE))).body.spec?.forceSyncGeneration ?? 0;
  const before = await read();
  await page.goto(`/w/${WS}/troubleshooting`);
  const agent = finding(page, 'agent-bundle-modified', F.AGENT_MODIFIED_BUNDLE);
  await agent.getByTestId('force-sync').click();
  const dialog = page.getByTestId('force-sync-dialog');
  await expect(dialog.getByTestId('force-sync-before')).toHaveText(String(before));
  await expect(dialog.getByTestId('force-sync-after')).toHaveText(String(before + 1));
  await screenshot(page, 'troubleshooting-force-sync-confirm');
  await dialog.getByTestId('confirm-button').click();
  await expect(page.getByTestId('force-sync-done').first()).toContainText(`${before} → ${before + 1}`);
  await expect.poll(read, { timeout: 10_000 }).toBe(before + 1);
});

test('a GitRepo whose Secret is missing: appears live, explained, recreated write-only', async ({ page }) => {
  const name = `e2e-bundles-${Date.now()}`;
  const secretName = `${name}-creds`;
  // The page is open before the GitRepo exists: the finding arrives through the live stream, without reload.
  await page.goto(`/w/${WS}/troubleshooting`);
  await expect(page.getByTestId('findings')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
  const created = await kube('POST', fleet(WS, 'gitrepos'), {
    apiVersion: 'fleet.cattle.io/v1alpha1',
    kind: 'GitRepo',
    metadata: { name, namespace: WS },
    spec: { repo: 'https://git.example.com/e2e/missing.git', clientSecretName: secretName, paths: ['/'] },
  });
  expect(created.status).toBe(201);
  try {
    const f = finding(page, 'missing-secret', secretName);
    await expect(f).toContainText(`GitRepo ${name}`, { timeout: 15_000 });
    await expect(f).toContainText('does not exist');
    await f.getByTestId('recreate-secret').click();
    const dialog = page.getByTestId('secret-dialog');
    await dialog.getByTestId('secret-username').fill('e2e');
    await dialog.getByTestId('secret-password').fill('not-a-real-token');
    await screenshot(page, 'troubleshooting-secret-form');
    await dialog.getByTestId('secret-submit').click();
    await expect(page.getByTestId('fix-results')).toContainText(`Secret ${secretName} created`);
    // Existence and type only: the test reads back what the API server holds, never shows the value.
    const s = await kube<{ type?: string }>('GET', `/api/v1/namespaces/${WS}/secrets/${secretName}`);
    expect(s.status).toBe(200);
    expect(s.body.type).toBe('kubernetes.io/basic-auth');
    // Gone from the findings once the Secret exists.
    await expect(finding(page, 'missing-secret', secretName)).toHaveCount(0, { timeout: 10_000 });
    // The fix's result outlives the finding it fixed.
    await expect(page.getByTestId('fix-results')).toContainText(`Secret ${secretName} created`);
  } finally {
    await kube('DELETE', fleet(WS, 'gitrepos', name));
    await kube('DELETE', `/api/v1/namespaces/${WS}/secrets/${secretName}`);
  }
});

test('the troubleshooting API never returns Secret data and refuses unknown secret names', async ({ request }) => {
  const r = await request.get(`/api/w/${WS}/troubleshooting`);
  expect(r.status()).toBe(200);
  const text = await r.text();
  expect(text).not.toContain('stringData');
  expect(text).not.toMatch(/"data"\s*:/);
  const bad = await request.post(`/api/w/${WS}/troubleshooting/secret`, { data: { gitrepo: F.GITREPO_MANIFESTS, field: 'clientSecretName', type: 'basic', password: 'x' } });
  // No CSRF header: refused before anything else.
  expect(bad.status()).toBe(403);
});
