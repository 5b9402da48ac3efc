import { expect, test, type Page } from '@playwright/test';
import { screenshot, signIn } from './support/app';
import { getCluster, listClusters } from './support/clusters';
import { tokenFor } from './support/k8s';

const WS = 'fleet-default';

async function generation(name: string): Promise<number> {
  return (await getCluster(WS, name)).spec?.redeployAgentGeneration ?? 0;
}

async function openCluster(page: Page, name: string) {
  await page.goto(`/w/${WS}/clusters/${name}`);
  await expect(page.getByTestId('cluster-title')).toHaveText(name);
}

test('the list shows the API server’s clusters, filters by label selector in the URL', async ({ page }) => {
  test.slow();
  const all = await listClusters(WS);
  expect(all.length).toBeGreaterThan(3);
  await page.goto(`/w/${WS}/clusters`);
  await expect(page.getByTestId('cluster-total')).toContainText(`${all.length} total`);
  await screenshot(page, 'clusters-list');

  // A selector the API server evaluates too: the first cluster's env label (or name-independent Exists).
  const env = all.find((c) => c.metadata.labels?.env)?.metadata.labels?.env;
  test.skip(!env, 'seed gives clusters an env label');
  const selector = `env=${env}`;
  const expected = await listClusters(WS, selector);
  const box = page.getByTestId('selector-input');
  await box.fill(selector);
  await box.press('Enter');
  await expect(page).toHaveURL(/selector=env%3D/);
  await expect(page.getByTestId('cluster-total')).toContainText(`${expected.length} matching`);

  // A bad selector is a field error, not a failed page.
  await box.fill('env in (');
  await expect(page.getByTestId('selector-error')).toBeVisible();
  await screenshot(page, 'clusters-bad-selector');
});

test('force update on one cluster bumps spec.redeployAgentGeneration', async ({ page }) => {
  const [first] = await listClusters(WS);
  const name = first!.metadata.name;
  const before = await generation(name);
  await openCluster(page, name);
  await page.getByTestId('action-force-update').click();
  await expect(page.getByTestId('force-update-dialog')).toBeVisible();
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('notice-ok')).toContainText(`redeployAgentGeneration is now ${before + 1}`);
  expect(await generation(name)).toBe(before + 1);
  await expect(page.getByTestId('redeploy-generation')).toContainText(`requested ${before + 1}`);
  await page.getByRole('tab', { name: 'Agent settings' }).click();
  await expect(page.getByTestId('agent-settings')).toBeVisible();
  await screenshot(page, 'clusters-detail-agent');
  await page.getByRole('tab', { name: /Bundle deployments/ }).click();
  await screenshot(page, 'clusters-detail-bundles');
});

test('bulk force update reports per cluster and bumps each generation', async ({ page }) => {
  const clusters = (await listClusters(WS)).slice(0, 3).map((c) => c.metadata.name);
  const before = await Promise.all(clusters.map(generation));
  await page.goto(`/w/${WS}/clusters?sort=name`);
  for (const n of clusters) await page.locator(`[data-testid="cluster-row"][data-name="${n}"] [data-testid="cluster-select"]`).check();
  await expect(page.getByTestId('bulk-bar')).toContainText('3 selected');
  await page.getByTestId('bulk-force-update').click();
  await page.getByTestId('confirm-button').click();
  const results = page.getByTestId('bulk-results');
  await expect(results).toContainText('3 succeeded');
  for (const n of clusters) await expect(results.locator(`[data-name="${n}"]`)).toHaveAttribute('data-status', 'ok');
  await screenshot(page, 'clusters-bulk-results');
  const after = await Promise.all(clusters.map(generation));
  expect(after).toEqual(before.map((g) => g + 1));
});

test('operator cannot touch fleet-local and is told why', async ({ page }) => {
  test.slow();
  await signIn(page, tokenFor('operator'));
  await expect(page.getByTestId('current-user')).toHaveText(/operator/);
  // A workspace the operator may see nothing of: its pages answer 403 and say so.
  expect((await page.goto('/w/fleet-local/clusters'))?.status()).toBe(403);
  await expect(page.getByTestId('forbidden')).toContainText('not allowed to see workspace fleet-local');
  await screenshot(page, 'clusters-operator-forbidden');
  // The single-cluster page and its actions are refused in words too.
  expect((await page.goto('/w/fleet-local/clusters/local'))?.status()).toBe(403);
  await expect(page.getByTestId('forbidden')).toBeVisible();
  const list = await page.request.get('/api/w/fleet-local/clusters?pageSize=1');
  expect(list.status()).toBe(403);
  expect((await list.json()).error).toContain('not allowed to list clusters in workspace fleet-local');
  const res = await page.evaluate(async () => {
    const csrf = document.cookie.match(/fleet_csrf=([^;]*)/)?.[1] ?? '';
    const r = await fetch('/api/w/fleet-local/clusters/local', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) }, body: JSON.stringify({ action: 'forceUpdate' }) });
    return { status: r.status, body: (await r.json()) as { error?: string } };
  });
  expect(res.status).toBe(403);
  expect(res.body.error).toMatch(/operator|not allowed/i);
});
