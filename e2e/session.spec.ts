// Sessions that survive real tokens and replicas: a 4 KB ID token kept in chunked, encrypted cookies in Chromium;
// two dashboard processes sharing the session key serve the same person alternately; key rotation (previous keys
// still open sessions, others do not); sign-out refuses the old cookie when it is replayed.
import { expect, test, type Page } from '@playwright/test';
import { WS_DEFAULT } from '../scripts/seed/fixtures';
import { readSessionCookie, sealSession, sessionKey, unsealSession } from '../lib/auth/session';
import { signIn } from './support/app';
import { tokenFor } from './support/k8s';
import { oidcServerEnv } from './support/oidc';
import { signInWithProvider } from './support/oidc-signin';
import { startServer, type Server } from './support/server';

const SECRET = process.env.FLEETDASH_SESSION_SECRET ?? 'e2e-session-secret-0123456789abcdef0123456789';
const port = Number(process.env.E2E_PORT ?? 3100);
const base = `http://127.0.0.1:${port}`;

test.describe.configure({ mode: 'serial' });
test.use({ ignoreHTTPSErrors: true });

let replica: Server; // same key as the main server
let rotated: Server; // a new key, the main server's as a previous one

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const oidc = oidcServerEnv();
  [replica, rotated] = await Promise.all([
    startServer(port + 2, { ...oidc, FLEETDASH_SESSION_SECRET: SECRET, FLEETDASH_LOCAL_USER_CONTEXT: '' }),
    startServer(port + 3, { ...oidc, FLEETDASH_SESSION_SECRET: 'e2e-rotated-session-secret-0123456789', FLEETDASH_SESSION_PREVIOUS_SECRETS: SECRET, FLEETDASH_LOCAL_USER_CONTEXT: '' }),
  ]);
});
test.afterAll(async () => {
  await Promise.all([replica?.stop(), rotated?.stop()]);
});

async function jar(page: Page): Promise<Map<string, string>> {
  return new Map((await page.context().cookies()).map((c) => [c.name, c.value]));
}

test('a 4 KB ID token (carol, 65 groups) is kept in chunked encrypted cookies that Chromium stores and sends back', async ({ page }) => {
  await signInWithProvider(page, 'carol', `/w/${WS_DEFAULT}/gitrepos`, base);
  await expect(page.getByTestId('current-user')).toHaveText(/oidc:carol/, { timeout: 30_000 });
  const cookies = (await page.context().cookies()).filter((c) => c.name.startsWith('fleet_session'));
  const session = unsealSession(readSessionCookie((n) => cookies.find((c) => c.name === n)?.value), sessionKey(SECRET));
  expect(session?.kind).toBe('oidc');
  console.log(`carol's ID token: ${session!.token.length} bytes; session cookies: ${cookies.map((c) => `${c.name}=${c.value.length}`).join(', ')}`);
  expect(session!.token.length).toBeGreaterThanOrEqual(3900);
  expect(session!.token.length).toBeLessThanOrEqual(4600);
  expect(cookies.length).toBeGreaterThan(1);
  for (const c of cookies) {
    expect(c.name.length + c.value.length).toBeLessThan(4000);
    expect(c).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(c.value).not.toContain(session!.token.slice(0, 40));
  }
  // The API server took the big token: every group made it through.
  const who = await (await page.request.get('/api/session')).json();
  expect(who.groups.filter((g: string) => g.startsWith('oidc:'))).toHaveLength(65);
  await expect(page.getByTestId('gitrepo-row').first()).toBeVisible({ timeout: 45_000 });
});

test('two processes sharing the session key serve the same person alternately, without a new sign-in', async ({ page }) => {
  test.setTimeout(90_000);
  await signInWithProvider(page, 'bob', `/w/${WS_DEFAULT}/gitrepos`, base);
  for (const url of [base, replica.url, base, replica.url]) {
    await page.goto(`${url}/w/${WS_DEFAULT}/gitrepos`);
    await expect(page.getByTestId('current-user')).toHaveText(/oidc:bob/, { timeout: 30_000 });
    await expect(page).toHaveURL(new RegExp(`^${url}/w/`));
  }
  // A write through the other process is checked against the same session (CSRF token sealed in it): RBAC answers.
  const csrf = (await jar(page)).get('fleet_csrf')!;
  const res = await page.request.post(`${replica.url}/api/w/${WS_DEFAULT}/gitrepos`, {
    headers: { 'x-csrf-token': csrf, origin: replica.url, 'content-type': 'application/json' },
    data: { form: { name: `e2e-replica-${Date.now()}`, repo: 'https://github.com/rancher/fleet-examples' } },
  });
  expect(res.status()).toBe(403);
  expect((await res.json()).error).toMatch(/oidc:bob.*not allowed to create/);
});

test('key rotation: a server with a new key still opens sessions sealed with a listed previous key, and no others', async ({ page, playwright }) => {
  await signIn(page, tokenFor('viewer'));
  await expect(page.getByTestId('current-user')).toHaveText(/viewer/);
  // The same browser, on the rotated server: signed in as before.
  await page.goto(`${rotated.url}/w/${WS_DEFAULT}/gitrepos`);
  await expect(page.getByTestId('current-user')).toHaveText(/viewer/);
  // A session sealed by a key that server does not list ends there, in words.
  const api = await playwright.request.newContext();
  const now = Math.floor(Date.now() / 1000);
  const foreign = sealSession({ kind: 'token', token: tokenFor('viewer'), username: 'viewer', groups: [], csrf: 'x'.repeat(32), iat: now }, sessionKey('a-key-nobody-lists'));
  const r = await api.get(`${rotated.url}/api/session`, { headers: { cookie: `fleet_session=${foreign}` } });
  expect(r.status()).toBe(401);
  const listed = sealSession({ kind: 'token', token: tokenFor('viewer'), username: 'viewer', groups: [], csrf: 'x'.repeat(32), iat: now }, sessionKey(SECRET));
  expect((await api.get(`${rotated.url}/api/session`, { headers: { cookie: `fleet_session=${listed}` } })).status()).toBe(200);
  await api.dispose();
});

test('sign-out: the old session cookie replayed afterwards is refused', async ({ page, playwright }) => {
  await signIn(page, tokenFor('viewer'));
  await expect(page.getByTestId('current-user')).toHaveText(/viewer/);
  const old = [...(await jar(page))].map(([k, v]) => `${k}=${v}`).join('; ');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((u) => u.pathname === '/signin');
  const api = await playwright.request.newContext();
  const replay = await api.get(`${base}/api/w/${WS_DEFAULT}/gitrepos`, { headers: { cookie: old } });
  expect(replay.status()).toBe(401);
  expect((await replay.json()).error).toMatch(/session has ended/);
  await api.dispose();
});

test('sign-out on one replica is refused on the other', async ({ page, playwright }) => {
  await signIn(page, tokenFor('viewer'));
  await expect(page.getByTestId('current-user')).toHaveText(/viewer/);
  await page.goto(`${replica.url}/w/${WS_DEFAULT}/gitrepos`);
  await expect(page.getByTestId('current-user')).toHaveText(/viewer/);
  const old = [...(await jar(page))].map(([k, v]) => `${k}=${v}`).join('; ');
  const api = await playwright.request.newContext();
  // The other process serves this session (and has just read the shared sign-out list).
  expect((await api.get(`${base}/api/session`, { headers: { cookie: old } })).status()).toBe(200);
  await page.getByRole('button', { name: 'Sign out' }).click(); // on the replica
  await page.waitForURL((u) => u.pathname === '/signin');
  const signedOut = Date.now();
  let replay = await api.get(`${base}/api/w/${WS_DEFAULT}/gitrepos`, { headers: { cookie: old } });
  // Refused by the other process once its copy of the shared list is re-read: at most its TTL (2 s) later.
  while (replay.status() !== 401 && Date.now() - signedOut < 10_000) {
    await new Promise((r) => setTimeout(r, 200));
    replay = await api.get(`${base}/api/w/${WS_DEFAULT}/gitrepos`, { headers: { cookie: old } });
  }
  const after = Date.now() - signedOut;
  console.log(`the other replica answered the signed-out session ${replay.status()} ${after} ms after sign-out`);
  expect(replay.status()).toBe(401);
  expect((await replay.json()).error).toMatch(/session has ended/);
  expect(after).toBeLessThan(4000);
  await api.dispose();
});
