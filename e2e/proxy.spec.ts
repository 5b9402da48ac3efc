// Auth-proxy mode: behind an authenticating proxy (here a header-injecting test proxy, e2e/support/header-proxy.ts),
// the dashboard takes the person's name and groups from the proxy's headers, only when the request carries the
// proxy's shared secret, and acts as them through Kubernetes impersonation with its own credentials (the
// `fleet-dashboard` user, granted `impersonate` here as the chart grants its ServiceAccount in proxy mode).
import { expect, test } from '@playwright/test';
import { WS_DEFAULT, WS_LOCAL } from '../scripts/seed/fixtures';
import { baseURL } from '../playwright.config';
import { screenshot } from './support/app';
import { deleteGitRepoAsAdmin, getGitRepo, kube } from './support/gitrepo';
import { uniqueName } from './support/gitrepo-form';
import { startHeaderProxy } from './support/header-proxy';
import { startServer, type Server } from './support/server';

const SECRET = 'e2e-proxy-shared-secret-0123456789';
const port = Number(process.env.E2E_PORT ?? 3100);
const DASHBOARD_PORT = port + 4;
const PROXY_PORT = port + 5;
const PEOPLE = { alice: { password: 'a-pw', groups: ['fleet-operators'] }, bob: { password: 'b-pw', groups: ['fleet-viewers'] } };
const RBAC = '/apis/rbac.authorization.k8s.io/v1';

let dashboard: Server;
let proxy: { url: string; stop(): Promise<void> };

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await kube('POST', `${RBAC}/clusterroles`, {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: 'e2e-fleet-dashboard-impersonate' },
    rules: [{ apiGroups: [''], resources: ['users', 'groups'], verbs: ['impersonate'] }],
  });
  await kube('POST', `${RBAC}/clusterrolebindings`, {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: 'e2e-fleet-dashboard-impersonate' },
    subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'fleet-dashboard' }],
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'e2e-fleet-dashboard-impersonate' },
  });
  dashboard = await startServer(DASHBOARD_PORT, {
    FLEETDASH_AUTH_PROXY: 'true',
    FLEETDASH_AUTH_PROXY_SECRET: SECRET,
    FLEETDASH_PUBLIC_URL: `http://127.0.0.1:${PROXY_PORT}`,
    FLEETDASH_LOCAL_USER_CONTEXT: '',
    FLEETDASH_SESSION_SECRET: 'e2e-proxy-mode-session-secret-0123456789',
  });
  proxy = await startHeaderProxy(PROXY_PORT, dashboard.url, SECRET, PEOPLE);
});

test.afterAll(async () => {
  await proxy?.stop();
  await dashboard?.stop();
  await kube('DELETE', `${RBAC}/clusterrolebindings/e2e-fleet-dashboard-impersonate`);
  await kube('DELETE', `${RBAC}/clusterroles/e2e-fleet-dashboard-impersonate`);
});

async function csrfHeaders(page: import('@playwright/test').Page): Promise<Record<string, string>> {
  const token = (await page.context().cookies()).find((c) => c.name === 'fleet_csrf')?.value ?? '';
  return { 'x-csrf-token': token, origin: proxy.url, 'content-type': 'application/json' };
}

test.describe('through the proxy', () => {
  test('alice (fleet-operators at the proxy) works in fleet-default as herself, without a sign-in page', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: proxy.url, httpCredentials: { username: 'alice', password: PEOPLE.alice.password } });
    const page = await context.newPage();
    const name = uniqueName('-proxy');
    try {
      await page.goto(`/w/${WS_DEFAULT}/gitrepos`);
      await expect(page.getByTestId('current-user')).toHaveText(/alice/);
      await expect(page.getByTestId('signed-in-by-proxy')).toBeVisible();
      await expect(page.getByTestId('gitrepo-row').first()).toBeVisible({ timeout: 45_000 });
      await screenshot(page, 'proxy-operator');
      const who = await (await page.request.get('/api/session')).json();
      expect(who).toMatchObject({ username: 'alice', groups: ['fleet-operators'], mode: 'proxy' });

      const created = await page.request.post(`/api/w/${WS_DEFAULT}/gitrepos`, {
        headers: await csrfHeaders(page),
        data: { form: { name, repo: 'https://github.com/rancher/fleet-examples', branch: 'master' } },
      });
      expect(created.status(), await created.text()).toBeLessThan(300);
      expect((await getGitRepo(WS_DEFAULT, name))?.spec.repo).toBe('https://github.com/rancher/fleet-examples');

      const denied = await page.request.get(`/api/w/${WS_LOCAL}/gitrepos`);
      expect(denied.status()).toBe(403);
      expect((await denied.json()).error).toMatch(/alice.*not allowed to list/);
    } finally {
      await deleteGitRepoAsAdmin(WS_DEFAULT, name);
      await context.close();
    }
  });

  test('bob (fleet-viewers at the proxy) sees but may not change', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: proxy.url, httpCredentials: { username: 'bob', password: PEOPLE.bob.password } });
    const page = await context.newPage();
    await page.goto(`/w/${WS_LOCAL}/gitrepos`);
    await expect(page.getByTestId('current-user')).toHaveText(/bob/);
    const res = await page.request.post(`/api/w/${WS_DEFAULT}/gitrepos`, {
      headers: await csrfHeaders(page),
      data: { form: { name: uniqueName('-proxy-bob'), repo: 'https://github.com/rancher/fleet-examples' } },
    });
    expect(res.status()).toBe(403);
    expect((await res.json()).error).toMatch(/bob.*not allowed to create/);
    await context.close();
  });
});

test.describe('forged headers are ignored', () => {
  const forged = { 'x-forwarded-user': 'mallory', 'x-forwarded-groups': 'system:masters' };

  test('straight to the proxy-mode dashboard, without the shared secret or with a wrong one', async ({ playwright }) => {
    // Host names the public URL, as if the proxy were bypassed by someone who can reach the pod.
    const api = await playwright.request.newContext({ baseURL: dashboard.url });
    for (const extra of [{}, { 'x-fleetdash-proxy-secret': 'guessed-secret-0123456789' }] as Record<string, string>[]) {
      const r = await api.get('/api/session', { headers: { ...forged, ...extra, host: `127.0.0.1:${PROXY_PORT}` } });
      expect(r.status()).toBe(401);
      const list = await api.get(`/api/w/${WS_DEFAULT}/gitrepos`, { headers: { ...forged, ...extra, host: `127.0.0.1:${PROXY_PORT}` } });
      expect(list.status()).toBe(401);
    }
    await api.dispose();
  });

  test('on a dashboard with the mode off, even with the right secret', async ({ playwright }) => {
    const api = await playwright.request.newContext({ baseURL });
    const r = await api.get('/api/session', { headers: { ...forged, 'x-fleetdash-proxy-secret': SECRET } });
    // That server runs in local mode: the request is the local user, never the forged one.
    expect(r.status()).toBe(200);
    expect(await r.json()).toMatchObject({ username: 'admin', mode: 'local' });
    await api.dispose();
  });
});
