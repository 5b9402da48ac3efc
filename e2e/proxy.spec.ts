// Auth-proxy mode behind a real oauth2-proxy (e2e/support/oauth2-proxy.ts): people sign in at oauth2-proxy, which
// sends them to the local OpenID provider's form and then forwards their requests with their name and groups from the
// ID token and the shared secret; the dashboard believes those headers only with that secret, and acts as the person
// through Kubernetes impersonation with its own credentials (the `fleet-dashboard` user, granted `impersonate` here as
// the chart grants its ServiceAccount in proxy mode). Forged headers are checked with direct requests.
import { expect, test, type Page } from '@playwright/test';
import { WS_DEFAULT, WS_LOCAL } from '../scripts/seed/fixtures';
import { baseURL } from '../playwright.config';
import { screenshot } from './support/app';
import { deleteGitRepoAsAdmin, getGitRepo, kube } from './support/gitrepo';
import { uniqueName } from './support/gitrepo-form';
import { startOAuth2Proxy, type OAuth2Proxy } from './support/oauth2-proxy';
import { OIDC_ISSUER, PEOPLE } from './support/oidc';
import { startServer, type Server } from './support/server';

const SECRET = 'e2e-proxy-shared-secret-0123456789';
const port = Number(process.env.E2E_PORT ?? 3100);
const DASHBOARD_PORT = port + 4;
const PROXY_PORT = port + 5;
const RBAC = '/apis/rbac.authorization.k8s.io/v1';

let dashboard: Server;
let proxy: OAuth2Proxy;

test.describe.configure({ mode: 'serial' });
// The provider's certificate comes from the instance's own CA, which Chromium does not know.
test.use({ ignoreHTTPSErrors: true });

test.beforeAll(async () => {
  test.setTimeout(300_000); // a first run builds oauth2-proxy (about 2.5 minutes cold)
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
  proxy = await startOAuth2Proxy(PROXY_PORT, dashboard.url, SECRET);
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

/** Open `path` through oauth2-proxy: it sends the browser to the provider's form, then back to `path`. */
async function signInThroughProxy(page: Page, who: 'alice' | 'bob', path: string): Promise<void> {
  await page.goto(`${proxy.url}${path}`);
  await page.waitForURL((u) => u.origin === OIDC_ISSUER);
  await page.getByLabel('Username').fill(who);
  await page.getByLabel('Password').fill(PEOPLE[who].password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => u.origin === proxy.url && u.pathname === path);
}

test.describe('through oauth2-proxy', () => {
  test('alice (fleet-operators at the provider) signs in at oauth2-proxy and works in fleet-default as herself, without the dashboard\'s sign-in page', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: proxy.url });
    const page = await context.newPage();
    const name = uniqueName('-proxy');
    try {
      await signInThroughProxy(page, 'alice', `/w/${WS_DEFAULT}/gitrepos`);
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

  test('bob (fleet-viewers at the provider) sees every workspace but may not change; headers he sends himself are replaced', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: proxy.url });
    const page = await context.newPage();
    await signInThroughProxy(page, 'bob', `/w/${WS_LOCAL}/gitrepos`);
    await expect(page.getByTestId('current-user')).toHaveText(/bob/);
    await expect(page.getByTestId('gitrepo-row').first()).toBeVisible({ timeout: 45_000 });
    await screenshot(page, 'proxy-viewer');
    // oauth2-proxy overwrites the identity headers and the secret whatever the browser put in them.
    const forged = await page.request.get('/api/session', { headers: { 'x-forwarded-user': 'mallory', 'x-forwarded-groups': 'system:masters', 'x-fleetdash-proxy-secret': 'guess' } });
    expect(await forged.json()).toMatchObject({ username: 'bob', groups: ['fleet-viewers'], mode: 'proxy' });
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
