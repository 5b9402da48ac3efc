// OpenID Connect sign-in through a real provider (oidc-provider, scripts/oidc/provider.mjs) that the test API server
// trusts (structured authentication configuration: username = oidc:<preferred_username>, groups = oidc:<groups>), with
// RBAC bound to the groups (controlplane/manifests/rbac.yaml). Each person sees exactly what their group allows.
import { expect, test, type Page } from '@playwright/test';
import { GITREPO_MANIFESTS, WS_DEFAULT, WS_LOCAL } from '../scripts/seed/fixtures';
import { unsealSession, sessionKey, readSessionCookie } from '../lib/auth/session';
import { screenshot } from './support/app';
import { deleteGitRepoAsAdmin, getGitRepo } from './support/gitrepo';
import { formReady, uniqueName } from './support/gitrepo-form';
import { OIDC_ISSUER } from './support/oidc';
import { signInWithProvider } from './support/oidc-signin';

const GITREPOS = `/w/${WS_DEFAULT}/gitrepos`;

const SECRET = process.env.FLEETDASH_SESSION_SECRET ?? 'e2e-session-secret-0123456789abcdef0123456789';
test.describe.configure({ mode: 'serial' });
// The provider's certificate is from the test instance's own CA, which Chromium does not know.
test.use({ ignoreHTTPSErrors: true });


async function sessionOf(page: Page) {
  const jar = new Map((await page.context().cookies()).map((c) => [c.name, c.value]));
  return unsealSession(readSessionCookie((n) => jar.get(n)), sessionKey(SECRET));
}

async function csrf(page: Page): Promise<Record<string, string>> {
  const token = (await page.context().cookies()).find((c) => c.name === 'fleet_csrf')?.value ?? '';
  return { 'x-csrf-token': token, origin: new URL(page.url()).origin, 'content-type': 'application/json' };
}

test('the sign-in page offers the provider beside the token form; a wrong password stays at the provider', async ({ page }) => {
  await page.goto('/signin');
  await expect(page.getByTestId('oidc-signin')).toHaveText('Sign in with Local provider');
  await expect(page.getByLabel('Bearer token')).toBeVisible();
  await screenshot(page, 'signin-oidc');
  await page.getByTestId('oidc-signin').click();
  await page.waitForURL((u) => u.origin === OIDC_ISSUER);
  await page.getByLabel('Username').fill('alice');
  await page.getByLabel('Password').fill('not-her-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(/wrong password/);
  expect((await page.context().cookies()).find((c) => c.name === 'fleet_session')).toBeUndefined();
});

test('a callback that this browser did not start is refused in words; other sites cannot put words there', async ({ page }) => {
  await page.goto('/api/auth/oidc/callback?code=forged&state=forged');
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByTestId('signin-failed')).toContainText(/not started from this browser/);
  await expect(page).not.toHaveURL(/error=/);
  // The message travels in a short-lived cookie of this server's, never in the URL a foreign page could link to.
  await page.context().clearCookies();
  await page.goto('/signin?error=Your+account+is+locked.+Call+555-0100');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByTestId('signin-failed')).toHaveCount(0);
});

test('alice (fleet-operators) creates and edits a GitRepo in fleet-default, may not see fleet-local, and signs out', async ({ page }) => {
  test.setTimeout(120_000);
  const name = uniqueName('-oidc');
  try {
    await signInWithProvider(page, 'alice', GITREPOS);
    const s = await sessionOf(page);
    expect(s).toMatchObject({ kind: 'oidc', username: 'oidc:alice' });
    expect(s!.groups).toContain('oidc:fleet-operators');
    // The ID token is what the API server gets: issued by the provider for the dashboard's client.
    const claims = JSON.parse(Buffer.from(s!.token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ iss: OIDC_ISSUER, aud: 'fleet-dashboard', preferred_username: 'alice', groups: ['fleet-operators'] });

    // Create through the form.
    await page.getByTestId('create-gitrepo').click();
    const f = await formReady(page);
    await f.field('Name').fill(name);
    await f.field('Repository URL').fill('https://github.com/rancher/fleet-examples');
    await f.field('Branch').fill('master');
    await f.submit();
    await expect(page).toHaveURL(new RegExp(`/w/${WS_DEFAULT}/gitrepos/${name}$`), { timeout: 45_000 });
    const created = await getGitRepo(WS_DEFAULT, name);
    expect(created?.spec.repo).toBe('https://github.com/rancher/fleet-examples');

    // Edit: pause it from its page.
    await page.getByTestId('action-pause').click();
    await expect(page.getByTestId('action-result')).toHaveAttribute('data-ok', 'true');
    await expect.poll(async () => (await getGitRepo(WS_DEFAULT, name))?.spec.paused, { timeout: 15_000 }).toBe(true);

    // fleet-local is not theirs: the API server says no, in words naming them.
    const denied = await page.request.get(`/api/w/${WS_LOCAL}/gitrepos`);
    expect(denied.status()).toBe(403);
    expect((await denied.json()).error).toMatch(/oidc:alice.*not allowed to list/);

    // Sign out: the dashboard forgets the session, the provider ends its own, and the old cookie is refused.
    const before = await page.context().cookies();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((u) => u.origin === OIDC_ISSUER);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL((u) => u.pathname === '/signin');
    expect((await page.context().cookies()).find((c) => c.name === 'fleet_session')).toBeUndefined();
    const replay = await page.request.get('/api/session', { headers: { cookie: before.map((c) => `${c.name}=${c.value}`).join('; ') } });
    expect(replay.status()).toBe(401);
    // The provider's session ended too: signing in again asks who you are.
    await page.getByTestId('oidc-signin').click();
    await expect(page.getByLabel('Username')).toBeVisible();
  } finally {
    await deleteGitRepoAsAdmin(WS_DEFAULT, name);
  }
});

test('bob (fleet-viewers) sees every workspace but may change nothing, and is told so', async ({ page }) => {
  await signInWithProvider(page, 'bob', GITREPOS);
  await page.goto(`/w/${WS_LOCAL}/gitrepos`);
  await expect(page.getByTestId('gitrepo-row').first().or(page.getByTestId('empty-state'))).toBeVisible({ timeout: 45_000 });
  await page.goto(`/w/${WS_DEFAULT}/gitrepos/${GITREPO_MANIFESTS}`);
  await expect(page.getByTestId('gitrepo-detail')).toBeVisible();
  await expect(page.getByTestId('read-only-note')).toContainText(/not change them/);
  await screenshot(page, 'oidc-viewer');
  const res = await page.request.post(`/api/w/${WS_DEFAULT}/gitrepos/${GITREPO_MANIFESTS}/actions`, { headers: await csrf(page), data: { action: 'pause' } });
  expect(res.status()).toBe(403);
  expect((await res.json()).error).toMatch(/oidc:bob.*not allowed to (patch|update)/i);
  expect((await getGitRepo(WS_DEFAULT, GITREPO_MANIFESTS))?.spec.paused ?? false).toBe(false);
});

test('the ID token is renewed with the refresh token before it expires, without a new sign-in', async ({ page }) => {
  test.setTimeout(60_000);
  await signInWithProvider(page, 'bob', GITREPOS);
  const first = await sessionOf(page);
  expect(first?.refresh, 'a refresh token was issued').toBeTruthy();
  // The test server renews when less than 3,590 s of the hour-long token remain, i.e. after 10 s.
  await page.waitForTimeout(11_000);
  const res = await page.request.get('/api/session');
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ username: 'oidc:bob' });
  const second = await sessionOf(page);
  expect(second?.token).not.toBe(first?.token);
  expect(second!.exp!).toBeGreaterThan(first!.exp!);
  expect(second?.csrf).toBe(first?.csrf);
  // The renewed token works at the API server: the page still loads as bob.
  await page.goto(`/w/${WS_DEFAULT}/gitrepos`);
  await expect(page.getByTestId('current-user')).toHaveText(/oidc:bob/);
});
