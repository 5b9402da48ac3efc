// The whole GitOps loop against Fleet's own controllers and agents (instance fleet-test): a GitRepo created in the
// form becomes Bundles and BundleDeployments through gitjob's Job, the agents deploy to both downstream clusters, a
// pushed commit rolls out live, a hand-made change turns Modified and is repaired, pause and delete do what Fleet
// does. Every expectation is read from the API servers Fleet wrote to.
import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './support/app';
import { deleteGitRepoAsAdmin, kube } from './support/gitrepo';
import { formReady, signInAsOperator, WS } from './support/gitrepo-form';
import { commitToManifests, DOWNSTREAM, downstreamGet, downstreamPatch, eventually, GIT_URL } from './support/real-fleet';

test.describe.configure({ mode: 'serial' });

const name = `e2e-web-${Date.now().toString(36)}`;
const targetNs = name;
interface BD {
  metadata: { name: string; labels?: Record<string, string> };
  spec?: { deploymentID?: string };
  status?: { display?: { state?: string }; ready?: boolean; appliedDeploymentID?: string };
}

async function deploymentsOf(repo: string): Promise<BD[]> {
  const sel = encodeURIComponent(`fleet.cattle.io/repo-name=${repo},fleet.cattle.io/bundle-namespace=${WS}`);
  return (await kube<{ items: BD[] }>('GET', `/apis/fleet.cattle.io/v1alpha1/bundledeployments?labelSelector=${sel}`)).body.items;
}
const clusterOf = (bd: BD) => bd.metadata.labels?.['fleet.cattle.io/cluster-name'] ?? bd.metadata.labels?.['fleet.cattle.io/cluster'];
const configMap = (cluster: (typeof DOWNSTREAM)[number]) =>
  downstreamGet<{ data: Record<string, string> }>(cluster, `/api/v1/namespaces/${targetNs}/configmaps/web-config`);

/** The state badge in the detail page's header. */
const headerState = (page: Page) => page.getByTestId('gitrepo-detail').locator('header [data-state]').first();

const gitRepo = async () =>
  (await kube<{ spec?: { forceSyncGeneration?: number }; status?: { commit?: string; updateGeneration?: number } }>('GET', `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/gitrepos/${name}`)).body;

async function openDetail(page: Page): Promise<void> {
  await page.goto(`/w/${WS}/gitrepos/${name}`);
  await expect(page.getByTestId('gitrepo-detail')).toBeVisible();
}

test.afterAll(async () => {
  await deleteGitRepoAsAdmin(WS, name).catch(() => undefined);
});

test('a GitRepo created in the form is deployed by Fleet to both downstream clusters', async ({ page }) => {
  await signInAsOperator(page);
  await page.goto(`/w/${WS}/gitrepos/new`);
  const f = await formReady(page);
  await f.field('Name').fill(name);
  await f.field('Repository URL').fill(`${GIT_URL}/manifests`);
  await f.field('Branch').fill('master');
  await f.tab('Targets').click();
  await f.root.getByRole('radio', { name: /Specific clusters, groups or selectors/ }).check();
  await f.field('Cluster group').fill('downstream');
  await f.field('Target namespace').fill(targetNs);
  await f.tab('Behaviour & advanced').click();
  await f.field('Polling interval').fill('5s');
  await f.submit();
  await expect(page).toHaveURL(new RegExp(`/w/${WS}/gitrepos/${name}$`));

  // gitjob's Job ran (the executor played the node), `fleet apply` made the Bundle, the agents deployed it.
  await eventually('BundleDeployments Ready on both downstream clusters', async () => {
    const bds = await deploymentsOf(name);
    return bds.length === DOWNSTREAM.length && bds.every((bd) => bd.status?.ready === true);
  }, 240_000);
  expect((await deploymentsOf(name)).map(clusterOf).sort()).toEqual([...DOWNSTREAM].sort());
  for (const cluster of DOWNSTREAM) {
    expect((await configMap(cluster))?.data.revision, `web-config on ${cluster}`).toBeDefined();
    const deploy = await downstreamGet<{ status?: { readyReplicas?: number } }>(cluster, `/apis/apps/v1/namespaces/${targetNs}/deployments/web`);
    expect(deploy?.status?.readyReplicas, `kwok made web Ready on ${cluster}`).toBe(2);
  }

  const commit = (await kube<{ status?: { commit?: string } }>('GET', `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/gitrepos/${name}`)).body.status?.commit;
  expect(commit, 'gitjob recorded the deployed commit').toMatch(/^[0-9a-f]{40}$/);
  await openDetail(page);
  await expect(headerState(page)).toHaveAttribute('data-state', 'Ready');
  await expect(page.getByTestId('summary')).toContainText(commit!.slice(0, 7));
  await expect(page.getByTestId('cluster-row')).toHaveCount(DOWNSTREAM.length);
  await screenshot(page, 'real-gitrepo-ready');
});

test('a pushed commit rolls out and the new commit shows without reload', async ({ page }) => {
  await signInAsOperator(page);
  await openDetail(page);
  const before = (await configMap('prod-us'))!.data.revision!;
  const sha = commitToManifests(Number(before) + 1);
  await expect(page.getByTestId('summary')).toContainText(sha.slice(0, 7), { timeout: 120_000 });
  await eventually('the new revision on every downstream cluster', async () => {
    const revs = await Promise.all(DOWNSTREAM.map(configMap));
    return revs.every((cm) => cm?.data.revision === String(Number(before) + 1));
  });
  await expect(headerState(page)).toHaveAttribute('data-state', 'Ready', { timeout: 120_000 });
});

test('a change made by hand downstream turns Modified with Fleet\'s diff, and correctDrift repairs it', async ({ page }) => {
  await signInAsOperator(page);
  // Settled first: every deployment applied (a hand edit during a rollout makes the agent's apply conflict instead).
  await eventually('every BundleDeployment applied and Ready', async () =>
    (await deploymentsOf(name)).every((bd) => bd.status?.appliedDeploymentID === bd.spec?.deploymentID && bd.status?.ready === true));
  await downstreamPatch('staging-eu', `/api/v1/namespaces/${targetNs}/configmaps/web-config?fieldManager=kubectl-edit`, { data: { greeting: 'changed by hand' } });
  await eventually('staging-eu\'s BundleDeployment is Modified', async () =>
    (await deploymentsOf(name)).some((bd) => clusterOf(bd) === 'staging-eu' && bd.status?.display?.state === 'Modified'));
  await openDetail(page);
  await expect(headerState(page)).toHaveAttribute('data-state', 'Modified');

  // The bundle page shows the patch Fleet's agent reports: what it would set back.
  await page.goto(`/w/${WS}/bundles/${name}`);
  const row = page.locator('[data-testid="bd-row"][data-cluster="staging-eu"]');
  await expect(row).toHaveAttribute('data-state', 'Modified');
  await row.getByTestId('bd-modified-toggle').click();
  await expect(page.getByTestId('bd-diff')).toContainText('Hello from Fleet');
  await screenshot(page, 'real-bundle-modified');

  // Turn on drift correction in the form: the agent rolls the hand-made change back.
  await page.goto(`/w/${WS}/gitrepos/${name}/edit`);
  const f = await formReady(page);
  await f.tab('Behaviour & advanced').click();
  await f.field('Correct drift').check();
  await f.submit();
  await expect(page).toHaveURL(new RegExp(`/w/${WS}/gitrepos/${name}$`));
  await eventually('the hand-made change is undone', async () => (await configMap('staging-eu'))?.data.greeting === 'Hello from Fleet');
  await expect(headerState(page)).toHaveAttribute('data-state', 'Ready', { timeout: 120_000 });
});

test('pause holds a new commit back until unpaused; force update makes gitjob run again', async ({ page }) => {
  await signInAsOperator(page);
  await openDetail(page);
  const before = (await configMap('prod-us'))!.data.revision!;
  await page.getByTestId('action-pause').click();
  await expect(page.getByTestId('action-result')).toHaveText('Paused');
  const sha = commitToManifests(Number(before) + 1);
  // gitjob still reads the commit, but Fleet does not roll paused bundles out.
  await eventually('gitjob read the commit', async () => (await gitRepo()).status?.commit === sha);
  await page.waitForTimeout(10_000);
  expect((await configMap('prod-us'))?.data.revision, 'held back while paused').toBe(before);
  await page.getByTestId('action-pause').click();
  await eventually('rolled out after unpause', async () =>
    (await Promise.all(DOWNSTREAM.map(configMap))).every((cm) => cm?.data.revision === String(Number(before) + 1)));

  const forced = ((await gitRepo()).spec?.forceSyncGeneration ?? 0) + 1;
  await page.getByTestId('action-force-update').click();
  await page.getByTestId('force-update-dialog').getByTestId('confirm-button').click();
  await eventually('gitjob re-ran for the force update (status.updateGeneration)', async () => (await gitRepo()).status?.updateGeneration === forced);
  await expect(headerState(page)).toHaveAttribute('data-state', 'Ready', { timeout: 120_000 });
});

test('delete removes the resources from the downstream clusters', async ({ page }) => {
  await signInAsOperator(page);
  await openDetail(page);
  await page.getByTestId('action-delete').click();
  const dialog = page.getByTestId('delete-dialog');
  await dialog.getByTestId('confirm-input').fill(name);
  await dialog.getByTestId('confirm-button').click();
  await expect(page).toHaveURL(new RegExp(`/w/${WS}/gitrepos$`));
  await eventually('web-config gone from both clusters', async () => (await Promise.all(DOWNSTREAM.map(configMap))).every((cm) => cm === undefined));
});
