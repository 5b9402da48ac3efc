// What Fleet's controllers write back for an agent force update, and a HelmOp deployed by Fleet from the local chart
// repository (the helmops controller makes the Bundle, the agents download the chart and install it).
import { expect, test } from '@playwright/test';
import { kube } from './support/gitrepo';
import { WS } from './support/gitrepo-form';
import { CHARTS_URL, DOWNSTREAM, downstreamGet, eventually } from './support/real-fleet';

interface ClusterObj { spec?: { redeployAgentGeneration?: number }; status?: { agentDeployedGeneration?: number | null } }
const localCluster = '/apis/fleet.cattle.io/v1alpha1/namespaces/fleet-local/clusters/local';

test('force update agent on fleet-local: agentmanagement redeploys and records the generation', async ({ page }) => {
  // fleet-local is the manager's own cluster; only an admin may touch it (the operator is told so elsewhere).
  const before = (await kube<ClusterObj>('GET', localCluster)).body;
  await page.goto('/w/fleet-local/clusters/local');
  await page.getByTestId('action-force-update').click();
  await page.getByTestId('force-update-dialog').getByTestId('confirm-button').click();
  const wanted = (before.spec?.redeployAgentGeneration ?? 0) + 1;
  await eventually('spec.redeployAgentGeneration bumped', async () => (await kube<ClusterObj>('GET', localCluster)).body.spec?.redeployAgentGeneration === wanted);
  await eventually('agentmanagement redeployed the agent (status.agentDeployedGeneration)', async () =>
    (await kube<ClusterObj>('GET', localCluster)).body.status?.agentDeployedGeneration === wanted);
});

test('a HelmOp from the local chart repository is deployed by Fleet and shows Ready', async ({ page }) => {
  const name = `e2e-hello-${Date.now().toString(36)}`;
  const path = `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/helmops/${name}`;
  const created = await kube('POST', `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/helmops`, {
    apiVersion: 'fleet.cattle.io/v1alpha1',
    kind: 'HelmOp',
    metadata: { name, namespace: WS },
    spec: { helm: { repo: CHARTS_URL, chart: 'hello', version: '0.2.0', releaseName: name }, namespace: name, targets: [{ clusterGroup: 'downstream' }] },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  try {
    await eventually('the chart is installed on both downstream clusters', async () => {
      const cms = await Promise.all(DOWNSTREAM.map((c) => downstreamGet<{ data: Record<string, string> }>(c, `/api/v1/namespaces/${name}/configmaps/${name}-message`)));
      return cms.every((cm) => cm?.data.chartVersion === '0.2.0');
    }, 180_000);
    await eventually('the HelmOp\'s Bundle is Ready', async () => {
      const b = (await kube<{ status?: { summary?: { ready?: number; desiredReady?: number } } }>('GET', `/apis/fleet.cattle.io/v1alpha1/namespaces/${WS}/bundles/${name}`)).body;
      return (b.status?.summary?.desiredReady ?? 0) === DOWNSTREAM.length && b.status?.summary?.ready === DOWNSTREAM.length;
    });
    await page.goto(`/w/${WS}/bundles/${name}`);
    await expect(page.locator('#main [data-state]').first()).toHaveAttribute('data-state', 'Ready');
  } finally {
    await kube('DELETE', path);
  }
});
