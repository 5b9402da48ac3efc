import { expect, test } from '@playwright/test';
import { screenshot } from './support/app';
import { createClusterGroup, deleteObject, getCluster, getObject, listClusters, patchClusterLabels } from './support/clusters';

const WS = 'fleet-default';

test('a new group’s live preview count equals what the API server selects', async ({ page }) => {
  test.slow();
  const name = `e2e-clu-${Date.now()}`;
  const all = await listClusters(WS);
  const env = all.find((c) => c.metadata.labels?.env)?.metadata.labels?.env;
  const regions = [...new Set(all.map((c) => c.metadata.labels?.region).filter((r): r is string => !!r))].slice(0, 2);
  test.skip(!env || regions.length === 0, 'seed gives clusters env and region labels');
  try {
    await page.goto(`/w/${WS}/clustergroups/new`);
    await page.getByTestId('group-name-input').fill(name);
    await page.getByLabel('Label key 1').fill('env');
    await page.getByLabel('Label value 1').fill(env!);
    const onlyEnv = (await listClusters(WS, `env=${env}`)).length;
    await expect(page.getByTestId('preview-count')).toHaveAttribute('data-count', String(onlyEnv));
    // Typing more narrows the preview without submitting.
    await page.getByRole('button', { name: 'Add expression' }).click();
    await page.getByLabel('Expression key 1').fill('region');
    await page.getByLabel('Expression values 1').fill(regions.join(', '));
    const selector = `env=${env},region in (${regions.join(',')})`;
    const expected = (await listClusters(WS, selector)).length;
    await expect(page.getByTestId('match-preview')).toHaveAttribute('data-settled', 'true');
    await expect(page.getByTestId('preview-count')).toHaveAttribute('data-count', String(expected));
    await screenshot(page, 'clustergroups-create-preview');
    await page.getByTestId('group-submit').click();
    await expect(page).toHaveURL(new RegExp(`/clustergroups/${name}$`));
    await expect(page.getByTestId('group-member-count')).toHaveAttribute('data-count', String(expected));
    const stored = await getObject(WS, 'clustergroups', name);
    expect(stored.status).toBe(200);
    expect((stored.body.spec as { selector: unknown }).selector).toEqual({ matchLabels: { env }, matchExpressions: [{ key: 'region', operator: 'In', values: regions }] });
    await screenshot(page, 'clustergroups-detail');
    await page.goto(`/w/${WS}/clustergroups`);
    await expect(page.locator(`[data-testid="group-row"][data-name="${name}"] [data-testid="group-count"]`)).toHaveText(String(expected));
    await screenshot(page, 'clustergroups-list');
  } finally {
    await deleteObject(WS, 'clustergroups', name);
  }
});

test('bad selectors and bad names give field errors and create nothing', async ({ page }) => {
  const name = `e2e-clu-${Date.now()}`;
  await page.goto(`/w/${WS}/clustergroups/new`);
  await page.getByTestId('group-name-input').fill('Bad_Name');
  await page.getByTestId('group-name-input').blur();
  await expect(page.getByTestId('field-error').first()).toContainText(/lowercase/i);
  await page.getByTestId('group-name-input').fill(name);
  await page.getByLabel('Label key 1').fill('bad key!');
  await page.getByLabel('Label value 1').fill('x');
  await page.getByRole('button', { name: 'Add expression' }).click();
  await page.getByLabel('Expression key 1').fill('region');
  // In without values is invalid.
  await expect(page.getByTestId('selector-editor').getByTestId('field-error')).toHaveCount(2);
  await page.getByTestId('group-submit').click();
  await screenshot(page, 'clustergroups-field-errors');
  await expect(page).toHaveURL(/\/clustergroups\/new$/);
  expect((await getObject(WS, 'clustergroups', name)).status).toBe(404);
  expect((await getObject(WS, 'clustergroups', 'bad_name')).status).toBe(404);
});

test('changing a cluster’s labels in the UI moves it out of the group, and the open group page follows without reload', async ({ page, context }) => {
  test.slow();
  const ts = Date.now();
  const name = `e2e-clu-${ts}`;
  const [cluster] = await listClusters(WS);
  const cn = cluster!.metadata.name;
  await patchClusterLabels(WS, cn, { 'e2e-clu': String(ts) });
  try {
    await createClusterGroup(WS, name, { matchLabels: { 'e2e-clu': String(ts) } });
    await page.goto(`/w/${WS}/clustergroups/${name}`);
    await expect(page.getByTestId('group-member-count')).toHaveAttribute('data-count', '1');
    await expect(page.locator(`[data-testid="cluster-row"][data-name="${cn}"]`)).toBeVisible();
    let navigations = 0;
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) navigations++;
    });

    // Another tab: edit the cluster's labels through the dashboard, removing the group's label.
    const other = await context.newPage();
    await other.goto(`/w/${WS}/clusters/${cn}`);
    await other.getByTestId('action-labels').click();
    const dialog = other.getByTestId('labels-dialog');
    await dialog.getByRole('button', { name: 'Remove label e2e-clu' }).click();
    await dialog.getByTestId('dialog-submit').click();
    await expect(other.getByTestId('notice-ok')).toContainText('Labels saved');
    await expect.poll(async () => (await getCluster(WS, cn)).metadata.labels?.['e2e-clu']).toBeUndefined();

    // The first tab updates by itself.
    await expect(page.getByTestId('group-member-count')).toHaveAttribute('data-count', '0', { timeout: 20_000 });
    await expect(page.getByTestId('no-members')).toBeVisible();
    expect(navigations).toBe(0);
    await screenshot(page, 'clustergroups-live-left');
    await other.close();
  } finally {
    await patchClusterLabels(WS, cn, { 'e2e-clu': null });
    await deleteObject(WS, 'clustergroups', name);
  }
});
