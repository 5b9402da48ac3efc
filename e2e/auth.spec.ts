import { expect, test } from '@playwright/test';
import { tokenFor } from './support/k8s';
import { expectListMatchesApi, signIn } from './support/app';

test('operator sees fleet-default but gets a clear forbidden message in fleet-local', async ({ page }) => {
  await signIn(page, tokenFor('operator'));
  await expect(page).toHaveURL(/\/w\/fleet-default\/gitrepos/);
  await expect(page.getByTestId('current-user')).toHaveText(/operator/);
  await expectListMatchesApi(page, 'fleet-default');

  await expect(page.getByTestId('workspace-switcher').locator('option', { hasText: 'fleet-local (no access)' })).toHaveCount(1);
  // A workspace they may see nothing of: HTTP 403 and a page that says so (not an empty list).
  const res = await page.goto('/w/fleet-local/gitrepos');
  expect(res?.status()).toBe(403);
  await expect(page.getByTestId('forbidden')).toContainText('You (operator) are not allowed to see workspace fleet-local');
  await expect(page.getByTestId('gitrepo-row')).toHaveCount(0);
  await page.goto('/w/fleet-default/gitrepos');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
  // Signed out, the session is gone: the API acts as local mode's admin again, not as operator.
  const me = await page.request.get('/api/session');
  expect((await me.json()).mode).not.toBe('session');
});

test('a bad token shows an error and stays on the sign-in page', async ({ page }) => {
  await signIn(page, 'not-a-real-token-0123456789');
  await expect(page.locator('#signin-error')).toContainText('did not accept this token');
  await expect(page).toHaveURL(/\/signin/);
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === 'fleet_session')).toBeUndefined();
});

test('the session cookie is httpOnly and SameSite=Lax (the OpenID provider redirects back cross-site); nothing lands in browser storage', async ({ page }) => {
  const token = tokenFor('viewer');
  await signIn(page, token);
  await expect(page.getByTestId('current-user')).toHaveText(/viewer/);
  const session = (await page.context().cookies()).find((c) => c.name === 'fleet_session');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  expect(session?.value).not.toContain(token);
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
  expect(storage).not.toContain(token);
});

test('writes without the CSRF header or from another origin are refused', async ({ page }) => {
  await page.goto('/signin');
  const csrf = (await page.context().cookies()).find((c) => c.name === 'fleet_csrf')?.value ?? '';
  expect(csrf).not.toBe('');
  const base = new URL(page.url()).origin;
  const noHeader = await page.request.post('/api/session', { data: { token: 'x' }, headers: { origin: base } });
  expect(noHeader.status()).toBe(403);
  const foreign = await page.request.post('/api/session', { data: { token: 'x' }, headers: { origin: 'http://evil.example', 'x-csrf-token': csrf } });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error).toContain('another site');
});
