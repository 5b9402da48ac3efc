import { expect, test } from '@playwright/test';
import * as F from '../scripts/seed/fixtures';
import { screenshot } from './support/app';
import { list, startLiveSeed, stopChild } from './support/bundles';

// Local mode (admin), against the real API server; expected values are read from it.
const WS = F.WS_DEFAULT;

test('the bundle list shows the API server’s bundles with server-side filter, state and sort in the URL', async ({ page }) => {
  const bundles = await list<{ metadata: { name: string; labels?: Record<string, string> } }>(WS, 'bundles');
  await page.goto(`/w/${WS}/bundles`);
  await expect(page.getByRole('heading', { name: 'Bundles' })).toBeVisible();
  await expect(page.getByText(`${bundles.length} total`)).toBeVisible({ timeout: 30_000 });
  await screenshot(page, 'bundles-list');

  const repoBundles = bundles.filter((b) => b.metadata.labels?.['fleet.cattle.io/repo-name'] === F.GITREPO_MULTI_PATH).map((b) => b.metadata.name).sort();
  await page.getByRole('searchbox').fill(F.GITREPO_MULTI_PATH);
  await expect(page).toHaveURL(new RegExp(`q=${F.GITREPO_MULTI_PATH}`));
  await expect.poll(async () => (await page.getByTestId('bundle-name').allTextContents()).filter((n) => n.startsWith(F.GITREPO_MULTI_PATH)).sort()).toEqual(repoBundles);
  await page.getByRole('button', { name: 'Name' }).click();
  await expect(page).toHaveURL(/dir=desc/);
  // The server sorts (descending by name now); the page shows its answer once the refetch lands.
  await expect.poll(async () => (await page.getByTestId('bundle-name').allTextContents()).filter((n) => n.startsWith(F.GITREPO_MULTI_PATH))).toEqual([...repoBundles].reverse());
});

test('bundle detail: per-cluster deployments with modified resources and their diff', async ({ page }) => {
  await page.goto(`/w/${WS}/bundles/${F.AGENT_MODIFIED_BUNDLE}`);
  await expect(page.getByRole('heading', { name: F.AGENT_MODIFIED_BUNDLE, exact: true })).toBeVisible();
  const row = page.locator(`[data-testid="bd-row"][data-cluster="${F.RESTORED_CLUSTER}"]`);
  await expect(row).toHaveAttribute('data-state', 'Modified', { timeout: 30_000 });
  await row.getByTestId('bd-modified-toggle').click();
  const diff = page.getByTestId('bd-diff');
  await expect(diff.getByTestId('patch-view').first()).toBeVisible();
  // Inline troubleshooting hint with the one-click fix on the bundle page.
  await expect(page.getByTestId('troubleshooting-hints')).toContainText('stuck in Modified');
  await screenshot(page, 'bundles-detail-modified');
});

test('the matrix renders every cluster of the workspace', async ({ page }) => {
  const clusters = await list(WS, 'clusters');
  await page.goto(`/w/${WS}/matrix?sort=state`);
  const grid = page.getByTestId('matrix-grid');
  await expect(grid).toHaveAttribute('data-rows', String(Math.min(clusters.length, 1000)), { timeout: 60_000 });
  await expect(page.getByTestId('matrix-caption')).toContainText(`of ${clusters.length} clusters`);
  await expect(grid).toHaveAttribute('data-render-ms', /\d/);
  await screenshot(page, 'bundles-matrix');
  await page.goto(`/w/${WS}/matrix?gitrepo=${F.LIVE_GITREPO}`);
  await expect(page.getByTestId('matrix-grid')).toHaveAttribute('data-rows', String(Math.min(clusters.length, 1000)), { timeout: 60_000 });
  await screenshot(page, 'bundles-matrix-gitrepo');
});

test('a status change from the seed’s live mode shows on the bundle page without reload', async ({ page }) => {
  test.setTimeout(150_000);
  const bundle = (await list<{ metadata: { name: string; labels?: Record<string, string> } }>(WS, 'bundles')).find(
    (b) => b.metadata.labels?.['fleet.cattle.io/repo-name'] === F.LIVE_GITREPO,
  );
  expect(bundle, 'the live GitRepo has a bundle').toBeDefined();
  await page.goto(`/w/${WS}/bundles/${bundle!.metadata.name}?pageSize=500`);
  await expect(page.getByTestId('bd-row').first()).toBeVisible({ timeout: 30_000 });
  const snapshot = async () => (await page.getByTestId('bd-row').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-cluster')}=${r.getAttribute('data-state')}`))).join(',') + (await page.getByTestId('bundle-ready').first().textContent());
  const before = await snapshot();
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
  const child = startLiveSeed(40);
  try {
    await expect.poll(snapshot, { timeout: 100_000, intervals: [1000] }).not.toBe(before);
    // Same document: no reload happened.
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
    await screenshot(page, 'bundles-live');
  } finally {
    stopChild(child);
  }
});
