// The GitRepo detail page (a shareable URL) against seeded objects read from the API server:
// errors in full, conditions, its Bundles (by label, with state), per-cluster state, resources.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { GITREPO_MISSING_DEPS, GITREPO_MULTI_PATH, MISSING_DEPS_ERROR } from '../scripts/seed/fixtures';
import { screenshot } from './support/app';
import { createGitRepoAsAdmin, deleteGitRepoAsAdmin, kube } from './support/gitrepo';
import { signInAsOperator, uniqueName, viewportShot, WS } from './support/gitrepo-form';

interface Obj {
  metadata: { name: string; labels?: Record<string, string> };
  status?: { conditions?: { type: string; status: string; message?: string }[]; resources?: { kind: string; name: string }[] };
}

async function bundlesOf(repo: string): Promise<string[]> {
  const sel = encodeURIComponent(`fleet.cattle.io/repo-name=${repo}`);
  const r = await kube<{ items: Obj[] }>('GET', `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/bundles?labelSelector=${sel}`);
  return r.body.items.map((b) => b.metadata.name).sort();
}

async function clustersOf(repo: string): Promise<string[]> {
  const sel = encodeURIComponent(`fleet.cattle.io/repo-name=${repo},fleet.cattle.io/bundle-namespace=${WS}`);
  const r = await kube<{ items: Obj[] }>('GET', `/apis/fleet.cattle.io/v1alpha1/bundledeployments?labelSelector=${sel}`);
  return [...new Set(r.body.items.map((bd) => bd.metadata.labels?.['fleet.cattle.io/cluster'] ?? ''))].sort();
}

test('detail shows the error in full, conditions, bundles and clusters as the API server has them', async ({ page }) => {
  const gr = (await kube<Obj>('GET', `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/gitrepos/${GITREPO_MISSING_DEPS}`)).body;
  const [bundles, clusters] = await Promise.all([bundlesOf(GITREPO_MISSING_DEPS), clustersOf(GITREPO_MISSING_DEPS)]);
  expect(bundles.length, 'seeded bundles').toBeGreaterThan(0);

  await signInAsOperator(page);
  await page.goto(`/w/${WS}/gitrepos/${GITREPO_MISSING_DEPS}`);
  await expect(page.getByRole('heading', { level: 1, name: GITREPO_MISSING_DEPS })).toBeVisible();
  await expect(page.getByTestId('problem').first()).toContainText(MISSING_DEPS_ERROR);

  const conds = page.getByTestId('conditions-section');
  for (const c of gr.status?.conditions ?? []) await expect(conds.getByRole('cell', { name: c.type, exact: true })).toBeVisible();
  const ready = gr.status?.conditions?.find((c) => c.type === 'Ready');
  if (ready?.message) await expect(conds).toContainText(ready.message);

  await expect(page.getByTestId('bundle-row')).toHaveCount(bundles.length);
  for (const b of bundles) await expect(page.locator(`[data-testid="bundle-row"][data-name="${b}"]`)).toContainText('Error Applied');
  await expect(page.getByTestId('cluster-row')).toHaveCount(clusters.length);
  await screenshot(page, 'gitrepo-detail-error');

  // Download YAML: the object as stored, without status or managedFields.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('action-download').click()]);
  expect(download.suggestedFilename()).toBe(`${GITREPO_MISSING_DEPS}.yaml`);
  const doc = parse(fs.readFileSync(await download.path(), 'utf8')) as { apiVersion: string; kind: string; metadata: Record<string, unknown>; status?: unknown };
  expect(doc).toMatchObject({ apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'GitRepo', metadata: { name: GITREPO_MISSING_DEPS, namespace: WS } });
  expect(doc.status).toBeUndefined();
  expect(doc.metadata.managedFields).toBeUndefined();
});

test('detail of a multi-path GitRepo: targets in words, every bundle, resources per cluster', async ({ page }) => {
  const gr = (await kube<Obj>('GET', `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/gitrepos/${GITREPO_MULTI_PATH}`)).body;
  const bundles = await bundlesOf(GITREPO_MULTI_PATH);
  await signInAsOperator(page);
  await page.goto(`/w/${WS}/gitrepos/${GITREPO_MULTI_PATH}`);
  await expect(page.getByTestId('targets-words').locator('li')).not.toHaveCount(0);
  await expect(page.getByTestId('bundle-row')).toHaveCount(bundles.length);
  const resources = gr.status?.resources ?? [];
  await expect(page.getByTestId('resource-row')).toHaveCount(Math.min(resources.length, 200));
  if (resources[0]) await expect(page.getByTestId('resource-row').first()).toContainText(resources[0].kind);
  await screenshot(page, 'gitrepo-detail-multipath');
});

test('resources per cluster: what status.resources says, per state and cluster', async ({ page }) => {
  const name = uniqueName('res');
  try {
    await createGitRepoAsAdmin(WS, name, { repo: 'https://github.com/acme/res.git' });
    // What Fleet's status controller writes (pkg/apis/fleet.cattle.io/v1alpha1/resource_types.go in Fleet v0.16.0), put on the status subresource.
    const status = await kube('PATCH', `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/gitrepos/${name}/status`, {
      status: {
        resources: [
          {
            apiVersion: 'apps/v1', kind: 'Deployment', type: 'apps.deployment', id: 'shop/web', namespace: 'shop', name: 'web',
            state: 'NotReady', message: 'Available: 0/1', error: false, transitioning: true,
            perClusterState: { ready: [`${WS}/prod-1`, `${WS}/prod-2`], notReady: [`${WS}/prod-3`] },
          },
          { apiVersion: 'v1', kind: 'ConfigMap', type: 'configmap', id: 'shop/settings', namespace: 'shop', name: 'settings', state: 'Ready', perClusterState: { ready: [`${WS}/prod-1`] } },
        ],
      },
    });
    expect(status.status, 'status patch').toBe(200);
    await signInAsOperator(page);
    await page.goto(`/w/${WS}/gitrepos/${name}`);
    const rows = page.getByTestId('resource-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('Deployment');
    await expect(rows.nth(0)).toContainText('shop');
    await expect(rows.nth(0)).toContainText('web');
    await expect(rows.nth(0)).toContainText('Available: 0/1');
    await expect(rows.nth(0)).toContainText('ready prod-1, prod-2');
    await expect(rows.nth(0)).toContainText('notReady prod-3');
    await expect(rows.nth(1)).toContainText('ConfigMap');
    await screenshot(page, 'gitrepo-detail-resources');
  } finally {
    await deleteGitRepoAsAdmin(WS, name);
  }
});

test('screenshots: detail dark, detail and form in a narrow window', async ({ page }) => {
  await signInAsOperator(page);
  await page.goto(`/w/${WS}/gitrepos/${GITREPO_MISSING_DEPS}`);
  await expect(page.getByTestId('summary')).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(400); // colours are transitioned; capture the settled theme
  await screenshot(page, 'gitrepo-detail-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 420, height: 860 });
  await page.reload();
  await expect(page.getByTestId('summary')).toBeVisible();
  await viewportShot(page, 'gitrepo-detail-narrow');
  await page.goto(`/w/${WS}/gitrepos/new`);
  await expect(page.getByTestId('gitrepo-form')).toBeVisible();
  await page.getByTestId('form-submit').click();
  await expect(page.getByTestId('form-error')).toBeVisible();
  await screenshot(page, 'gitrepo-form-narrow');
});
