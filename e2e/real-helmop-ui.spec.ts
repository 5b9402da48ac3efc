// A HelmOp created THROUGH THE FORM from the local chart repository, deployed by Fleet's own helmops controller and
// agents (instance fleet-test): the detail page reaches Ready and shows the version Fleet resolved from the range and
// deployed; pinning to the older version makes Fleet roll it out, unpinning returns to the range.
import { expect, test } from '@playwright/test';
import { screenshot } from './support/app';
import { signInAsOperator, WS } from './support/gitrepo-form';
import { deleteHelmOpAsAdmin, getHelmOp, helmOpFormReady } from './support/helmop';
import { CHARTS_URL, DOWNSTREAM, downstreamGet, eventually } from './support/real-fleet';

const name = `e2e-helmui-${Date.now().toString(36)}`;

const chartVersions = () =>
  Promise.all(DOWNSTREAM.map(async (c) => (await downstreamGet<{ data: Record<string, string> }>(c, `/api/v1/namespaces/${name}/configmaps/${name}-message`))?.data.chartVersion));

test.afterAll(async () => deleteHelmOpAsAdmin(WS, name));

test('a HelmOp made in the form from the local chart repository reaches Ready with the deployed version shown; pin and unpin roll out', async ({ page }) => {
  await signInAsOperator(page);
  await page.goto(`/w/${WS}/helmops/new`);
  const f = await helmOpFormReady(page);
  await f.field('Name').fill(name);
  await f.field('Repository URL').fill(CHARTS_URL);
  await f.field('Chart').fill('hello');
  await f.field('Version or range').fill('0.x');
  // The versions lookup reads the repository's index (127.0.0.1 is allowed by this suite's server configuration).
  await f.root.getByTestId('version-lookup-button').click();
  await expect(f.root.getByTestId('version-lookup-result')).toContainText('0.x selects 0.2.0');
  await expect(f.root.getByTestId('version-lookup-result')).toContainText('0.1.0');
  await f.field('Release name').fill(name);
  await f.tab('Targets').click();
  await f.root.getByRole('radio', { name: /Specific clusters, groups or selectors/ }).check();
  await f.field('Cluster group').fill('downstream');
  await f.field('Target namespace').fill(name);
  await f.submit();
  await expect(page).toHaveURL(new RegExp(`/w/${WS}/helmops/${name}$`), { timeout: 45_000 });

  // Fleet resolves the range against the repository's index (0.1.0 and 0.2.0): 0.2.0, and both clusters run it.
  await eventually('the chart is installed on both downstream clusters', async () => (await chartVersions()).every((v) => v === '0.2.0'), 180_000);
  const detail = page.getByTestId('helmop-detail');
  await expect(detail.locator('header [data-state]').first()).toHaveAttribute('data-state', 'Ready', { timeout: 120_000 });
  await expect(page.getByTestId('summary-version-asked')).toContainText('0.x');
  await expect(page.getByTestId('summary-version-resolved')).toContainText('0.2.0');
  await expect(page.getByTestId('summary-version-deployed')).toContainText('0.2.0');
  await expect(page.getByTestId('clusters-section').getByTestId('cluster-row')).toHaveCount(DOWNSTREAM.length);
  await screenshot(page, 'real-helmop-ready');

  // Pin to the older version: Fleet deploys exactly it.
  await page.getByTestId('action-pin').click();
  await page.getByTestId('pin-dialog').getByTestId('pin-version').fill('0.1.0');
  await page.getByTestId('pin-dialog').getByTestId('confirm-button').click();
  await expect(page.getByTestId('pinned-state')).toHaveText('Pinned to 0.1.0');
  await eventually('Fleet rolled the pinned version out', async () => (await chartVersions()).every((v) => v === '0.1.0'), 180_000);
  await expect(page.getByTestId('summary-version-deployed')).toContainText('0.1.0', { timeout: 120_000 });

  // Unpin: back to the range, Fleet resolves 0.2.0 again.
  await page.getByTestId('action-unpin').click();
  await expect(page.getByTestId('action-result')).toHaveText('Unpinned: follows 0.x');
  expect((await getHelmOp(WS, name))!.spec.helm?.version).toBe('0.x');
  await eventually('Fleet rolled the range\'s newest version out again', async () => (await chartVersions()).every((v) => v === '0.2.0'), 180_000);
  await expect(page.getByTestId('summary-version-deployed')).toContainText('0.2.0', { timeout: 120_000 });
});
