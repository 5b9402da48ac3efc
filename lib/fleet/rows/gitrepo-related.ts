// What a GitRepo produced, as its detail page shows it: a row per Bundle, and per targeted cluster the worst state of
// the GitRepo's BundleDeployments there (cluster from the fleet.cattle.io/cluster labels Fleet puts on each).
import { LABEL_BUNDLE_NAME, LABEL_CLUSTER, LABEL_CLUSTER_NAMESPACE } from '../names';
import { bundleObjectState, type ObjectLike } from '../object-state';
import { bundleDeploymentMessage, bundleDeploymentState, readyConditionMessage, stateRank, type BundleDeploymentLike, type BundleSummary } from '../state';
import type { GitRepoBundleRow, GitRepoClusterRow } from './gitrepo-detail';

interface Obj {
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  status?: Record<string, unknown>;
}

export function gitRepoBundleRow(o: Obj): GitRepoBundleRow {
  const summary = o.status?.summary as BundleSummary | undefined;
  const { state, message } = bundleObjectState(o as unknown as ObjectLike);
  return {
    name: o.metadata.name,
    state,
    ready: summary?.ready ?? 0,
    desiredReady: summary?.desiredReady ?? 0,
    message: state === 'Ready' ? undefined : message || readyConditionMessage(summary, 'Cluster') || undefined,
  };
}

/** One row per cluster, worst first; its message names the first bundle in the worst state there. */
export function gitRepoClusterRows(bds: readonly Obj[], workspace: string): GitRepoClusterRow[] {
  const byCluster = new Map<string, GitRepoClusterRow>();
  for (const bd of bds) {
    const l = bd.metadata.labels ?? {};
    const cns = l[LABEL_CLUSTER_NAMESPACE] ?? workspace;
    const cname = l[LABEL_CLUSTER] ?? bd.metadata.namespace ?? '?';
    const key = `${cns}/${cname}`;
    const like = bd as unknown as BundleDeploymentLike;
    const state = bundleDeploymentState(like);
    const row = byCluster.get(key) ?? { namespace: cns, name: cname, state: 'Ready', bundles: 0, readyBundles: 0 };
    row.bundles += 1;
    if (state === 'Ready') row.readyBundles += 1;
    else if (!row.message || stateRank(state) > stateRank(row.state)) {
      const msg = bundleDeploymentMessage(like);
      row.message = `${l[LABEL_BUNDLE_NAME] ?? bd.metadata.name}: ${state}${msg ? ` — ${msg}` : ''}`;
    }
    if (stateRank(state) > stateRank(row.state)) row.state = state;
    byCluster.set(key, row);
  }
  return [...byCluster.values()].sort((a, b) => stateRank(b.state) - stateRank(a.state) || a.name.localeCompare(b.name));
}
