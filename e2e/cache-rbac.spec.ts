// What the shared watch cache shows a person with narrow RBAC, and workspaces at scale, checked route by route against
// the real API server: a cluster group's detail does not name GitRepos to someone who may not list them, a workspace
// summary counts only the kinds the person may list, and fleet-default stays a workspace past 500 namespaces.
import { expect, test } from '@playwright/test';
import { GROUP_PROD, WS_DEFAULT, WS_LOCAL } from '../scripts/seed/fixtures';
import { createGitRepoAsAdmin, deleteGitRepoAsAdmin } from './support/gitrepo';
import { kube } from './support/k8s';
import { screenshot, signIn } from './support/app';
import { personWith, removePerson, signedIn, type Grant } from './support/person';

test.describe('per-kind checks on views that combine kinds', () => {
  const who = `e2e-groups-${Date.now().toString(36)}`;
  // May read cluster groups and clusters in fleet-default; nothing about GitRepos or Bundles.
  const grants: Grant[] = [{ namespace: WS_DEFAULT, resources: ['clustergroups', 'clusters'] }];
  const repo = `e2e-targets-prod-${Date.now().toString(36)}`;
  let token = '';

  test.beforeAll(async () => {
    token = await personWith(who, grants);
    await createGitRepoAsAdmin(WS_DEFAULT, repo, { repo: 'https://github.com/rancher/fleet-examples', paths: ['simple'], targets: [{ clusterGroup: GROUP_PROD }] });
  });
  test.afterAll(async () => {
    await deleteGitRepoAsAdmin(WS_DEFAULT, repo);
    await removePerson(who, grants);
  });

  test('a cluster group detail hides the GitRepos that target it from someone who may not list GitRepos', async ({ request, baseURL }) => {
    // The admin (local mode) sees the GitRepo that targets the group, once the cache has it.
    await expect
      .poll(async () => ((await (await request.get(`/api/w/${WS_DEFAULT}/clustergroups/${GROUP_PROD}`)).json()) as { gitRepos: { name: string }[] }).gitRepos.map((g) => g.name))
      .toContain(repo);
    const p = await signedIn(baseURL!, token);
    const res = await p.api.get(`/api/w/${WS_DEFAULT}/clustergroups/${GROUP_PROD}`);
    expect(res.status(), await res.text()).toBe(200);
    const body = (await res.json()) as { gitRepos: unknown[]; gitReposHidden?: boolean; row: { clusters: number } };
    expect(body.gitRepos).toEqual([]);
    expect(body.gitReposHidden).toBe(true);
    expect(body.row.clusters).toBeGreaterThan(0); // clusters they may list: still counted
    // The list route of the kind says the same thing.
    expect((await p.api.get(`/api/w/${WS_DEFAULT}/gitrepos`)).status()).toBe(403);
    await p.api.dispose();
  });

  test('the cluster group page and the Workspaces page say what is not shown', async ({ page }) => {
    await signIn(page, token);
    await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
    await page.goto(`/w/${WS_DEFAULT}/clustergroups/${GROUP_PROD}`);
    await expect(page.getByTestId('group-gitrepos-hidden')).toContainText(`You are not allowed to list GitRepos in ${WS_DEFAULT}`);
    await screenshot(page, 'clustergroup-gitrepos-hidden');
    await page.goto(`/w/${WS_DEFAULT}/workspaces`);
    const row = page.locator(`[data-testid="workspace-row"][data-name="${WS_DEFAULT}"]`);
    await expect(row.getByTestId('ws-gitrepos')).toHaveText('—');
    await screenshot(page, 'workspaces-not-allowed-counts');
  });

  test('a workspace summary counts only the kinds the person may list', async ({ baseURL }) => {
    const p = await signedIn(baseURL!, token);
    const res = await p.api.get('/api/workspaces/summary');
    expect(res.status(), await res.text()).toBe(200);
    const items = ((await res.json()) as { items: { name: string; canList: boolean; counts: Record<string, number> }[] }).items;
    const ws = items.find((w) => w.name === WS_DEFAULT);
    expect(ws?.canList).toBe(true);
    expect(ws?.counts.clusters).toBeGreaterThan(0);
    expect(ws?.counts.clustergroups).toBeGreaterThan(0);
    for (const hidden of ['gitrepos', 'bundles', 'bundledeployments', 'clusterregistrationtokens', 'gitreporestrictions', 'helmops']) {
      expect(ws?.counts, `${hidden} must not be counted`).not.toHaveProperty(hidden);
    }
    const one = await p.api.get(`/api/workspaces/${WS_DEFAULT}`);
    expect(((await one.json()) as { counts: Record<string, number> }).counts).not.toHaveProperty('gitrepos');
    await p.api.dispose();
  });
});

test.describe('workspaces at scale', () => {
  test.setTimeout(240_000);
  const prefix = `cluster-e2e-many-${Date.now().toString(36)}`;
  const marker = `e2e-ws-marker-${Date.now().toString(36)}`;
  const N = 520;

  test.afterAll(async () => {
    const names = [...Array.from({ length: N }, (_, i) => `${prefix}-${i}`), marker];
    for (let i = 0; i < names.length; i += 20) await Promise.all(names.slice(i, i + 20).map((n) => kube('DELETE', `/api/v1/namespaces/${n}`)));
  });

  test(`fleet-default and fleet-local stay workspaces with ${N} more per-cluster namespaces sorting before them`, async ({ request }) => {
    const names = Array.from({ length: N }, (_, i) => `${prefix}-${i}`);
    for (let i = 0; i < names.length; i += 20) {
      await Promise.all(
        names.slice(i, i + 20).map(async (n) => {
          const r = await kube('POST', '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: n, labels: { 'fleet.cattle.io/managed': 'true' } } });
          if (r.status !== 201) throw new Error(`create ${n}: ${r.status}`);
        }),
      );
    }
    // Created last: once the cache shows it, it has seen every namespace before it (one watch, in order).
    const m = await kube('POST', '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: marker, labels: { 'fleet-dashboard.dev/workspace': 'true' } } });
    expect(m.status).toBe(201);
    const summaryNames = async () => ((await (await request.get('/api/workspaces/summary')).json()) as { items: { name: string }[] }).items.map((w) => w.name);
    await expect.poll(summaryNames, { timeout: 60_000 }).toContain(marker);
    const shown = await summaryNames();
    expect(shown).toEqual(expect.arrayContaining([WS_DEFAULT, WS_LOCAL, marker]));
    expect(shown.some((n) => n.startsWith(prefix))).toBe(false);
    const one = await request.get(`/api/workspaces/${WS_DEFAULT}`);
    expect(one.status(), await one.text()).toBe(200);
    expect(((await one.json()) as { counts: Record<string, number> }).counts.clusters).toBeGreaterThan(0);
  });
});
