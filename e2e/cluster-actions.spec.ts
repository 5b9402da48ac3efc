// Single-cluster actions other specs do not drive: pause/unpause, the agent proxy editor (with a field error
// first) and delete with typed confirmation, each read back from the API server. Uses a throwaway Cluster.
import { expect, test } from '@playwright/test';
import { screenshot } from './support/app';
import { deleteObject, getCluster, getObject, kube } from './support/clusters';

const WS = 'fleet-default';
/** The label the dashboard puts on namespaces it creates as workspaces (lib/k8s/cluster-admin.ts, server-only). */
const WORKSPACE_LABEL = 'fleet-dashboard.dev/workspace';
const FLEET = `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/clusters`;

test('pause, agent proxy and delete on one cluster change exactly what the UI says', async ({ page }) => {
  const name = `e2e-actions-${Date.now()}`;
  const created = await kube('POST', FLEET, {
    apiVersion: 'fleet.cattle.io/v1alpha1',
    kind: 'Cluster',
    metadata: { name, namespace: WS, labels: { env: 'e2e' } },
    spec: { agentEnvVars: [{ name: 'KEEP_ME', value: '1' }] },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  try {
    await page.goto(`/w/${WS}/clusters/${name}`);
    await expect(page.getByTestId('cluster-title')).toHaveText(name);
    await expect(page.getByTestId('wait-check-in')).toBeVisible();

    await page.getByTestId('action-pause').click();
    await expect.poll(async () => (await getCluster(WS, name)).spec?.paused).toBe(true);
    await expect(page.getByTestId('notice-ok')).toContainText('Fleet holds bundle updates');
    await expect(page.getByTestId('action-unpause')).toBeVisible();
    await page.getByTestId('action-unpause').click();
    await expect.poll(async () => (await getCluster(WS, name)).spec?.paused ?? false).toBe(false);
    await expect(page.getByTestId('action-pause')).toBeVisible();

    // A bad proxy URL is a field error; nothing changes and what was typed stays.
    await page.getByTestId('action-proxy').click();
    await page.getByLabel('HTTP_PROXY').fill('not a url');
    await page.getByLabel('NO_PROXY').fill('127.0.0.1,.svc');
    await page.getByTestId('dialog-submit').click();
    await expect(page.getByTestId('field-error').first()).toContainText('HTTP_PROXY');
    await expect(page.getByLabel('NO_PROXY')).toHaveValue('127.0.0.1,.svc');
    await screenshot(page, 'cluster-proxy-error');
    expect((await getCluster(WS, name)).spec?.agentEnvVars).toEqual([{ name: 'KEEP_ME', value: '1' }]);

    await page.getByLabel('HTTP_PROXY').fill('http://proxy.e2e.example:3128');
    await page.getByTestId('dialog-submit').click();
    await expect
      .poll(async () => (await getCluster(WS, name)).spec?.agentEnvVars)
      .toEqual([
        { name: 'KEEP_ME', value: '1' },
        { name: 'HTTP_PROXY', value: 'http://proxy.e2e.example:3128' },
        { name: 'NO_PROXY', value: '127.0.0.1,.svc' },
      ]);

    await page.getByTestId('action-delete').click();
    const confirm = page.getByTestId('confirm-button');
    await expect(confirm).toBeDisabled();
    await page.getByTestId('confirm-input').fill(name);
    await confirm.click();
    await expect.poll(async () => (await getObject(WS, 'clusters', name)).status).toBe(404);
  } finally {
    await deleteObject(WS, 'clusters', name);
  }
});

test('GitRepoRestriction: a bad pattern is a field error, a good one is saved and read back', async ({ page }) => {
  const ws = `e2e-restr-${Date.now()}`;
  const ns = await kube('POST', '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ws, labels: { [WORKSPACE_LABEL]: 'true' } } });
  expect(ns.status).toBe(201);
  const restrictions = async () =>
    (await kube<{ items: { allowedRepoPatterns?: string[]; allowedTargetNamespaces?: string[] }[] }>('GET', `/apis/fleet.cattle.io/v1alpha1/namespaces/${ws}/gitreporestrictions`)).body.items ?? [];
  try {
    await page.goto(`/w/${WS}/workspaces/${ws}`);
    const form = page.getByTestId('restriction-form');
    await expect(form.getByTestId('save-restriction')).toHaveText('Create restriction');
    await form.getByTestId('allowed-repos').fill('^https://github\\.com/(acme');
    await form.getByTestId('allowed-ns').fill('apps\nweb');
    await form.getByTestId('save-restriction').click();
    await expect(form.getByTestId('field-error').first()).toBeVisible();
    await expect(form.getByTestId('allowed-ns')).toHaveValue('apps\nweb');
    expect(await restrictions()).toHaveLength(0);

    await form.getByTestId('allowed-repos').fill('^https://github\\.com/acme/');
    await form.getByTestId('save-restriction').click();
    await expect.poll(async () => (await restrictions())[0]?.allowedRepoPatterns).toEqual(['^https://github\\.com/acme/']);
    expect((await restrictions())[0]?.allowedTargetNamespaces).toEqual(['apps', 'web']);
    await expect(page.getByTestId('restriction-form').getByTestId('save-restriction')).toHaveText('Save restriction');
  } finally {
    await kube('DELETE', `/api/v1/namespaces/${ws}`);
  }
});
