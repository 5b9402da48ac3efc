import { expect, test } from '@playwright/test';
import { screenshot } from './support/app';
import { deleteNamespace, deleteObject, getNamespace, getObject } from './support/clusters';

test('create and delete a workspace (typed confirmation)', async ({ page }) => {
  const name = `e2e-clu-${Date.now()}`;
  try {
    await page.goto('/w/fleet-default/workspaces');
    await expect(page.locator('[data-testid="workspace-row"][data-name="fleet-default"]')).toBeVisible();
    await page.getByTestId('workspace-name-input').fill('Bad Name');
    await page.getByTestId('create-workspace').click();
    await expect(page.getByTestId('field-error')).toBeVisible();
    expect((await getNamespace('bad-name')).status).toBe(404);

    await page.getByTestId('workspace-name-input').fill(name);
    await page.getByTestId('create-workspace').click();
    await expect(page.getByTestId('notice-ok')).toContainText(`Workspace ${name} created`);
    expect((await getNamespace(name)).status).toBe(200);
    const row = page.locator(`[data-testid="workspace-row"][data-name="${name}"]`);
    await expect(row).toBeVisible();
    // The switcher offers it too, and choosing it puts it in the URL.
    await expect(page.getByTestId('workspace-switcher').locator('option', { hasText: name })).toHaveCount(1, { timeout: 20_000 }).catch(async () => {
      await page.reload();
      await expect(page.getByTestId('workspace-switcher').locator('option', { hasText: name })).toHaveCount(1);
    });
    await screenshot(page, 'workspaces-list');

    await row.getByTestId('delete-workspace').click();
    const confirm = page.getByTestId('confirm-button');
    await expect(confirm).toBeDisabled();
    await page.getByTestId('confirm-input').fill(name);
    await confirm.click();
    await expect(page.getByTestId('notice-ok')).toContainText(`${name} is being deleted`);
    await expect.poll(async () => {
      const ns = await getNamespace(name);
      return ns.status === 404 || ns.body.status?.phase === 'Terminating';
    }).toBe(true);
  } finally {
    await deleteNamespace(name);
  }
});

test('protected workspaces cannot be deleted; restrictions are shown', async ({ page }) => {
  await page.goto('/w/fleet-default/workspaces');
  await expect(page.locator('[data-testid="workspace-row"][data-name="fleet-local"]')).toContainText('protected');
  await page.goto('/w/fleet-default/workspaces/fleet-default');
  await expect(page.getByTestId('restriction-form').first()).toBeVisible();
  await screenshot(page, 'workspaces-detail');
});

test('create a registration token, read it back, see the commands, delete it', async ({ page }) => {
  const ws = 'fleet-default';
  const name = `e2e-clu-${Date.now()}`;
  try {
    await page.goto(`/w/${ws}/registration`);
    await page.getByTestId('token-name-input').fill(name);
    await page.getByTestId('token-ttl-input').fill('2d');
    await page.getByTestId('create-token').click();
    await expect(page.getByTestId('field-error')).toBeVisible();
    expect((await getObject(ws, 'clusterregistrationtokens', name)).status).toBe(404);

    await page.getByTestId('token-ttl-input').fill('1h');
    await page.getByTestId('create-token').click();
    await expect(page.getByTestId('notice-ok')).toContainText(`Token ${name} created`);
    const stored = await getObject(ws, 'clusterregistrationtokens', name);
    expect(stored.status).toBe(200);
    expect((stored.body.spec as { ttl?: string }).ttl).toBe('1h');
    const row = page.locator(`[data-testid="token-row"][data-name="${name}"]`);
    await expect(row).toBeVisible();
    await expect(row.getByTestId('token-commands')).toContainText('helm -n cattle-fleet-system install');
    await expect(row.getByTestId('token-values').or(row.getByTestId('token-values-problem')).first()).toBeVisible();
    await screenshot(page, 'registration-token');

    await row.getByTestId('token-delete').click();
    await page.getByTestId('confirm-button').click();
    await expect(row).toHaveCount(0);
    expect((await getObject(ws, 'clusterregistrationtokens', name)).status).toBe(404);
  } finally {
    await deleteObject(ws, 'clusterregistrationtokens', name);
  }
});
