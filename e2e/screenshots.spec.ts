// Screenshots for a human look (e2e/screenshots/, git-ignored): main page light and dark, empty, narrow.
import { expect, test } from '@playwright/test';
import { screenshot } from './support/app';
import { kube } from './support/k8s';

test('screenshots of the Git Repos page', async ({ page }) => {
  await page.goto('/w/fleet-default/gitrepos');
  await expect(page.getByTestId('gitrepo-row').first().or(page.getByTestId('empty-state'))).toBeVisible();
  await screenshot(page, 'gitrepos-light');

  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'gitrepos-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // An existing, empty workspace (a workspace that does not exist answers 404).
  const ns = await kube('POST', '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'e2e-empty-workspace' } });
  expect([201, 409]).toContain(ns.status);
  await page.goto('/w/e2e-empty-workspace/gitrepos');
  await expect(page.getByText('No GitRepos in e2e-empty-workspace yet')).toBeVisible();
  await screenshot(page, 'gitrepos-empty');

  await page.setViewportSize({ width: 420, height: 860 });
  await page.goto('/w/fleet-default/gitrepos');
  await expect(page.getByTestId('gitrepo-row').first().or(page.getByTestId('empty-state'))).toBeVisible();
  await screenshot(page, 'gitrepos-narrow');

  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/signin');
  await screenshot(page, 'signin');
});

test('keyboard: skip link, navigation and focus are reachable', async ({ page }) => {
  await page.goto('/w/fleet-default/gitrepos');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link', { name: 'Git Repos' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Clusters' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/w\/fleet-default\/clusters$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Clusters' })).toBeVisible();
});
