// The graph of a GitRepo (owner → Bundles → deployments per cluster → resources), reached from the GitRepo's page.
// Expected nodes and states are read from the API server (admin) and compared with what the page draws; past the
// group limit deployments of one state become one node that opens on click or with the keyboard; node links go to
// the objects' pages. operator may not read BundleDeployments in the clusters' namespaces, so its graph says the
// resources are not shown; viewer (get everywhere) sees them.
import { expect, test, type Page } from '@playwright/test';
import * as F from '../scripts/seed/fixtures';
import { bundleDeploymentState, type BundleDeploymentLike } from '../lib/fleet/state';
import { signIn } from './support/app';
import { kube, tokenFor } from './support/k8s';
import { threeLooks } from './support/looks';

const WS = F.WS_DEFAULT;
const REPO = F.GITREPO_MULTI_PATH;
const GRAPH = `/w/${WS}/graph/GitRepo/${REPO}`;

type BD = BundleDeploymentLike & { metadata: { labels: Record<string, string> }; status?: { resources?: unknown[] } };
async function apiBDs(): Promise<BD[]> {
  const r = await kube<{ items: BD[] }>('GET', `/apis/fleet.cattle.io/v1alpha1/bundledeployments?labelSelector=${encodeURIComponent(`fleet.cattle.io/repo-name=${REPO}`)}`);
  return r.body.items.filter((b) => b.metadata.labels['fleet.cattle.io/bundle-namespace'] === WS);
}
const nodes = (page: Page, kind: string) => page.locator(`[data-testid="graph-node"][data-kind="${kind}"]`);
const labels = (page: Page, kind: string) => nodes(page, kind).getByTestId('graph-node-label');

test('from the GitRepo page to its graph: bundles, a node per deployment coloured by state, resources, links', async ({ page }) => {
  const bds = await apiBDs();
  const bundles = [...new Set(bds.map((b) => b.metadata.labels['fleet.cattle.io/bundle-name'] ?? ''))].sort();
  await page.goto(`/w/${WS}/gitrepos/${REPO}`);
  await page.getByTestId('gitrepo-graph-link').click();
  await expect(page).toHaveURL(new RegExp(`${GRAPH}$`));
  await expect(labels(page, 'GitRepo')).toHaveText(REPO);
  await expect(nodes(page, 'Bundle')).toHaveCount(bundles.length);
  expect(await nodes(page, 'Bundle').evaluateAll((els) => els.map((e) => e.getAttribute('data-name')))).toEqual(bundles);
  // In its box a Bundle shows the part of its name after the GitRepo's.
  await expect(labels(page, 'Bundle')).toHaveText(bundles.map((b) => `…${b.slice(REPO.length)}`));
  await expect(nodes(page, 'BundleDeployment')).toHaveCount(bds.length);
  const want = new Map<string, number>();
  for (const b of bds) want.set(bundleDeploymentState(b), (want.get(bundleDeploymentState(b)) ?? 0) + 1);
  const shown = await nodes(page, 'BundleDeployment').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
  const got = new Map<string, number>();
  for (const s of shown) got.set(s!, (got.get(s!) ?? 0) + 1);
  expect(got).toEqual(want);
  const resources = bds.reduce((n, b) => n + (b.status?.resources?.length ?? 0), 0);
  await expect(nodes(page, 'Resource')).toHaveCount(resources);
  await expect(page.getByTestId('graph-summary')).toContainText(`${bundles.length} bundles, ${bds.length} deployments`);

  // A bundle node opens the Bundle's page.
  await nodes(page, 'Bundle').first().click();
  await expect(page).toHaveURL(new RegExp(`/w/${WS}/bundles/${bundles[0]}$`));
});

test('past the limit deployments group by state; a group opens with the keyboard and the URL keeps it', async ({ page }) => {
  const bds = (await apiBDs()).filter((b) => b.metadata.labels['fleet.cattle.io/bundle-name'] === F.ROLLOUT_BUNDLE);
  const ready = bds.filter((b) => bundleDeploymentState(b) === 'Ready').length;
  await page.goto(`${GRAPH}?limit=4&resources=0`);
  await expect(nodes(page, 'BundleDeployment')).toHaveCount(0);
  const group = page.locator(`[data-testid="graph-node"][data-id="Group:Bundle:${WS}/${F.ROLLOUT_BUNDLE}/deployments/Ready"]`);
  await expect(group.getByTestId('graph-node-label')).toHaveText(`▸ ${ready} Ready`);
  await expect(group).toHaveAttribute('aria-expanded', 'false');
  await group.focus();
  await page.keyboard.press('Enter');
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  await expect(page).toHaveURL(/open=/);
  await expect(nodes(page, 'BundleDeployment')).toHaveCount(4);
  const more = page.locator(`[data-testid="graph-node"][data-id="Group:Bundle:${WS}/${F.ROLLOUT_BUNDLE}/deployments/Ready/more"]`);
  await expect(more.getByTestId('graph-node-label')).toHaveText(`${ready - 4} more Ready`);
  await expect(more).toHaveAttribute('href', `/w/${WS}/bundles/${F.ROLLOUT_BUNDLE}?state=Ready`);
  // A deployment node: its row on the Bundle page, found by cluster.
  const bd = nodes(page, 'BundleDeployment').first();
  const cluster = (await bd.getByTestId('graph-node-label').textContent())!.trim();
  await bd.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/w/${WS}/bundles/${F.ROLLOUT_BUNDLE}\\?q=${cluster}$`));
  await expect(page.locator(`[data-testid="bd-row"][data-cluster="${cluster}"]`)).toBeVisible();
  await page.goBack();
  await expect(nodes(page, 'BundleDeployment')).toHaveCount(4);

  const bad = await page.request.get(`/api/w/${WS}/graph?kind=Secret&name=${REPO}&limit=0`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).fieldErrors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'limit']);
});

test('operator: the graph as the person, resources it may not read are named, not drawn', async ({ page }) => {
  await signIn(page, tokenFor('operator'));
  await expect(page.getByTestId('current-user')).toHaveText(/operator/);
  await page.goto(GRAPH);
  await expect(nodes(page, 'Bundle')).not.toHaveCount(0);
  await expect(nodes(page, 'Resource')).toHaveCount(0);
  await expect(page.getByTestId('graph-note')).toContainText(/are not shown: You \(operator\) are not allowed to get bundledeployment/);
  // Outside fleet-default operator may not even see the GitRepos.
  const res = await page.request.get(`/api/w/${F.WS_LOCAL}/graph?kind=GitRepo&name=${F.GITREPO_LOCAL}`);
  expect(res.status()).toBe(404);
});

test('viewer: the whole graph, resources included', async ({ page }) => {
  const bds = await apiBDs();
  await signIn(page, tokenFor('viewer'));
  await expect(page.getByTestId('current-user')).toHaveText(/viewer/);
  await page.goto(GRAPH);
  await expect(nodes(page, 'BundleDeployment')).toHaveCount(bds.length);
  await expect(nodes(page, 'Resource')).toHaveCount(bds.reduce((n, b) => n + (b.status?.resources?.length ?? 0), 0));
  await expect(page.getByTestId('graph-note')).toHaveCount(0);
});

test('graph screenshots: light, dark, 390 px', async ({ browser, baseURL }) => {
  const open = `Bundle:${WS}/${F.ROLLOUT_BUNDLE}/deployments/WaitApplied`;
  await threeLooks(browser, baseURL, `${GRAPH}?limit=8&open=${encodeURIComponent(open)}`, 'graph-gitrepo', async (page) => {
    await expect(nodes(page, 'Bundle')).not.toHaveCount(0);
  });
});
