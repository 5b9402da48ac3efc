// Signing in through the local OpenID provider, as a person does: the dashboard's button, then the provider's form.
import { expect, type Page } from '@playwright/test';
import { OIDC_ISSUER, PEOPLE } from './oidc';

/** "Sign in with Local provider" on the dashboard at `base` (the suite's own when empty), then the provider's login form. */
export async function signInWithProvider(page: Page, who: keyof typeof PEOPLE, next: string, base = ''): Promise<void> {
  await page.goto(`${base}/signin?next=${encodeURIComponent(next)}`);
  await page.getByTestId('oidc-signin').click();
  await page.waitForURL((u) => u.origin === OIDC_ISSUER);
  await page.getByLabel('Username').fill(who);
  await page.getByLabel('Password').fill(PEOPLE[who].password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => u.pathname === next);
  await expect(page.getByTestId('current-user')).toHaveText(new RegExp(`oidc:${who}`), { timeout: 30_000 });
}
