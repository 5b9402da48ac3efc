// Schedules and Policies, written as Fleet's controllers leave them: a Schedule with the status its cron job writes
// between windows (internal/cmd/controller/reconciler/cronduration_job.go: nextStartTime, matchingClusters; a Ready
// condition only when the Schedule is refused, as the real controller showed), its cluster's status.scheduled and
// activeSchedule, the BundleDeployments on it marked spec.offSchedule (internal/cmd/controller/target/target.go), and
// a Policy (top-level fields, no status).
import { nextWindows } from '@/lib/fleet/schedule/cron';
import { durationMs } from '@/lib/fleet/go-duration';
import { request, KubeError, type KubeTarget } from './client';
import * as F from './fixtures';
import { SEED_ANNOTATION, paths } from './objects';
import { upsert, writeStatus } from './status';
import type { Model } from './model';

const MERGE = 'application/merge-patch+json';
const meta = (name: string, namespace: string) => ({ name, namespace, labels: {}, annotations: { [SEED_ANNOTATION]: 'true' } });

async function exists(k: KubeTarget, p: string): Promise<boolean> {
  try {
    await request(k, 'GET', p);
    return true;
  } catch (e) {
    if (e instanceof KubeError && e.status === 404) return false;
    throw e;
  }
}

export async function seedSchedulesAndPolicies(k: KubeTarget, m: Model, nowMs: number, log: (s: string) => void): Promise<void> {
  const ws = F.WS_DEFAULT;
  const cluster = m.clusters.find((c) => c.ws === ws && c.name === F.SCHEDULED_CLUSTER);
  if (!cluster) return;
  log(`schedules and policies: ${F.SCHEDULE_NAME} (gates ${cluster.name}), ${F.POLICY_NAME}`);
  const sPath = paths.fleet('schedules', ws);
  await upsert(
    k,
    sPath,
    {
      apiVersion: 'fleet.cattle.io/v1alpha1',
      kind: 'Schedule',
      metadata: meta(F.SCHEDULE_NAME, ws),
      spec: { schedule: F.SCHEDULE_CRON, duration: F.SCHEDULE_DURATION, location: F.SCHEDULE_LOCATION, targets: { clusters: [{ name: 'legacy', clusterName: cluster.name }] } },
    },
    await exists(k, `${sPath}/${F.SCHEDULE_NAME}`),
  );
  const next = nextWindows(F.SCHEDULE_CRON, durationMs(F.SCHEDULE_DURATION) ?? 0, { timeZone: F.SCHEDULE_LOCATION, from: new Date(nowMs), count: 1 })[0];
  await writeStatus(k, sPath, F.SCHEDULE_NAME, {
    active: false,
    ...(next && { nextStartTime: next.start.toISOString().replace(/\.\d+Z$/, 'Z') }),
    matchingClusters: [cluster.name],
  });
  // Outside the window: the cluster is scheduled but not active, and its deployments wait.
  await request(k, 'PATCH', `${paths.fleet('clusters', ws)}/${cluster.name}/status`, { status: { scheduled: true, activeSchedule: false } }, MERGE);
  const bds = await request<{ items: { metadata: { name: string } }[] }>(k, 'GET', `${paths.fleet('bundledeployments', cluster.namespace)}`);
  for (const bd of bds.items) await request(k, 'PATCH', `${paths.fleet('bundledeployments', cluster.namespace)}/${bd.metadata.name}`, { spec: { offSchedule: true } }, MERGE);

  const pPath = paths.fleet('policies', ws);
  const policy = {
    apiVersion: 'fleet.cattle.io/v1alpha1',
    kind: 'Policy',
    metadata: meta(F.POLICY_NAME, ws),
    allowedServiceAccounts: ['deployer'],
    gitRepo: { allowedRepoPatterns: ['https://github\\.com/acme/.*'] },
  };
  if (await exists(k, `${pPath}/${F.POLICY_NAME}`)) await request(k, 'PUT', `${pPath}/${F.POLICY_NAME}`, { ...policy, metadata: { ...policy.metadata, resourceVersion: ((await request<{ metadata: { resourceVersion: string } }>(k, 'GET', `${pPath}/${F.POLICY_NAME}`)).metadata.resourceVersion) } });
  else await request(k, 'POST', pPath, policy);
}
