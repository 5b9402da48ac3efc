// The shell around every page: the dashboard's own icon (served from public/ and named in every page's head), and the
// workspace's not-found page, which keeps the navigation around it.
import { expect, test } from '@playwright/test';

test('the icon is served and linked from the page head', async ({ page, request }) => {
  const icon = await request.get('/icon.svg');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  await page.goto('/signin');
  await expect(page.locator('head link[rel="icon"]')).toHaveAttribute('href', /\/icon\.svg/);
});

test('an object name no Kubernetes object can have: the workspace not-found page (404), inside the navigation', async ({ page }) => {
  const res = await page.goto('/w/fleet-default/gitrepos/Not_A_Name');
  expect(res?.status()).toBe(404);
  await expect(page.getByTestId('not-found')).toContainText('Page not found');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await page.getByTestId('not-found').getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page).toHaveURL(/\/w\/fleet-default$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
});
