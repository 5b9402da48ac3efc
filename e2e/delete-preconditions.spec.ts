// Deletes carry the object as the page loaded it: a tab left open cannot delete a same-named object created since,
// nor a GitRepo whose settings changed since; the page says so in words and nothing is deleted.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { WS_DEFAULT } from '../scripts/seed/fixtures';
import { createGitRepoAsAdmin, deleteGitRepoAsAdmin, getGitRepo, patchGitRepoAsAdmin } from './support/gitrepo';
import { kube } from './support/k8s';
import { screenshot } from './support/app';

const SPEC = { repo: 'https://github.com/rancher/fleet-examples', paths: ['simple'] };

/** The page stops hearing live updates, as a tab on a sleeping laptop would: what it shows goes stale. */
async function goStale(page: Page): Promise<void> {
  await page.route('**/api/events**', (route) => route.abort());
}

async function deleteFromDetail(page: Page, name: string): Promise<void> {
  await page.getByTestId('action-delete').click();
  const del = page.getByTestId('delete-dialog');
  await del.getByTestId('confirm-input').fill(name);
  await del.getByTestId('confirm-button').click();
}

test.describe('a stale page cannot delete what it did not load', () => {
  test('GitRepo deleted and created again under the same name: the new one stays, the page says why', async ({ page }) => {
    const name = `e2e-del-recreated-${Date.now().toString(36)}`;
    try {
      await createGitRepoAsAdmin(WS_DEFAULT, name, SPEC);
      await goStale(page);
      await page.goto(`/w/${WS_DEFAULT}/gitrepos/${name}`);
      await expect(page.getByTestId('action-delete')).toBeVisible();
      // Someone else replaces it meanwhile.
      await deleteGitRepoAsAdmin(WS_DEFAULT, name);
      await expect.poll(() => getGitRepo(WS_DEFAULT, name)).toBeUndefined();
      const fresh = await createGitRepoAsAdmin(WS_DEFAULT, name, { ...SPEC, paths: ['multi-cluster'] });
      await deleteFromDetail(page, name);
      await expect(page.getByTestId('delete-dialog')).toContainText(/was deleted and created again since you loaded it.*nothing was deleted/);
      await screenshot(page, 'delete-conflict-recreated');
      expect((await getGitRepo(WS_DEFAULT, name))?.metadata.uid).toBe(fresh.metadata.uid);
    } finally {
      await deleteGitRepoAsAdmin(WS_DEFAULT, name);
    }
  });

  test('GitRepo whose settings changed since (keepResources off): not deleted, the page says why', async ({ page }) => {
    const name = `e2e-del-edited-${Date.now().toString(36)}`;
    try {
      await createGitRepoAsAdmin(WS_DEFAULT, name, { ...SPEC, keepResources: true });
      await goStale(page);
      await page.goto(`/w/${WS_DEFAULT}/gitrepos/${name}`);
      await page.getByTestId('action-delete').click();
      // The dialog promised the deployed resources stay; someone turns that off meanwhile.
      await expect(page.getByTestId('delete-dialog').getByTestId('keep-resources-note')).toContainText('Resources are kept');
      await patchGitRepoAsAdmin(WS_DEFAULT, name, { spec: { keepResources: false } });
      const del = page.getByTestId('delete-dialog');
      await del.getByTestId('confirm-input').fill(name);
      await del.getByTestId('confirm-button').click();
      await expect(del).toContainText(/was edited since you loaded it.*nothing was deleted/);
      expect(await getGitRepo(WS_DEFAULT, name)).toBeDefined();
    } finally {
      await deleteGitRepoAsAdmin(WS_DEFAULT, name);
    }
  });
});

async function csrf(request: APIRequestContext, baseURL: string): Promise<Record<string, string>> {
  await request.get('/signin');
  const token = (await request.storageState()).cookies.find((c) => c.name === 'fleet_csrf')?.value ?? '';
  return { 'x-csrf-token': token, origin: new URL(baseURL).origin };
}

test('every delete route refuses another object of the same name (409 in words) and deletes the loaded one', async ({ request, baseURL }) => {
  const suffix = Date.now().toString(36);
  const objects: [string, string, Record<string, unknown>][] = [
    ['clustergroups', `e2e-del-group-${suffix}`, { spec: { selector: { matchLabels: { env: 'nothing' } } } }],
    ['clusterregistrationtokens', `e2e-del-token-${suffix}`, { spec: { ttl: '1h' } }],
    ['clusters', `e2e-del-cluster-${suffix}`, { spec: {} }],
    ['gitreporestrictions', `e2e-del-restr-${suffix}`, {}],
  ];
  const route: Record<string, string> = { clustergroups: 'clustergroups', clusterregistrationtokens: 'tokens', clusters: 'clusters', gitreporestrictions: 'gitreporestrictions' };
  const path = (plural: string, name = '') => `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS_DEFAULT}/${plural}${name ? `/${name}` : ''}`;
  const headers = await csrf(request, baseURL!);
  try {
    for (const [plural, name, body] of objects) {
      const kind = { clustergroups: 'ClusterGroup', clusterregistrationtokens: 'ClusterRegistrationToken', clusters: 'Cluster', gitreporestrictions: 'GitRepoRestriction' }[plural];
      const created = await kube<{ metadata: { uid: string } }>('POST', path(plural), { apiVersion: 'fleet.cattle.io/v1alpha1', kind, metadata: { name }, ...body });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const url = `/api/w/${WS_DEFAULT}/${route[plural]}/${name}`;
      const stale = await request.delete(`${url}?uid=00000000-0000-0000-0000-000000000000`, { headers });
      expect(stale.status(), `${plural}: ${await stale.text()}`).toBe(409);
      expect(((await stale.json()) as { error: string }).error).toMatch(/deleted and created again since you loaded it/);
      expect((await kube('GET', path(plural, name))).status, `${plural} must still exist`).toBe(200);
      expect((await request.delete(`${url}?uid=Not%20a%20uid`, { headers })).status()).toBe(400);
      const ok = await request.delete(`${url}?uid=${created.body.metadata.uid}`, { headers });
      expect(ok.status(), `${plural}: ${await ok.text()}`).toBe(200);
    }
  } finally {
    for (const [plural, name] of objects) await kube('DELETE', path(plural, name));
  }
});
