// What a GitRepo produced, from the watch cache (RBAC-filtered for the person): its Bundles
// (label fleet.cattle.io/repo-name, never a name prefix) and, per cluster, the worst state of
// its BundleDeployments there. O(objects of this GitRepo) via the cache's gitrepo index.
import type { Person } from '@/lib/auth/current';
import type { CacheKind } from '@/lib/cache';
import { readList, type KubeObject } from '@/lib/http/read';
import { LABEL_BUNDLE_NAME, LABEL_CLUSTER, LABEL_CLUSTER_NAMESPACE } from '@/lib/fleet/names';
import type { GitRepoBundleRow, GitRepoClusterRow } from '@/lib/fleet/rows/gitrepo-detail';
import {
  bundleDeploymentMessage,
  bundleDeploymentState,
  readyConditionMessage,
  stateRank,
  type BundleDeploymentLike,
  type BundleSummary,
} from '@/lib/fleet/state';
import { bundleObjectState, type ObjectLike } from '@/lib/fleet/object-state';

const PAGE = 500;
const MAX_OBJECTS = 20_000;

async function all(person: Person, kind: CacheKind, ns: string, name: string): Promise<KubeObject[]> {
  const out: KubeObject[] = [];
  for (let page = 1; out.length < MAX_OBJECTS; page++) {
    const q = { page, pageSize: PAGE, sort: 'name', dir: 'asc' as const, q: '' };
    const r = await readList(person, kind, ns, q, { filter: { gitrepo: `${ns}/${name}` } });
    out.push(...r.items);
    if (out.length >= r.total || r.items.length === 0) break;
  }
  return out;
}

function bundleRow(o: KubeObject): GitRepoBundleRow {
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

export async function relatedOf(person: Person, ns: string, name: string): Promise<{ bundles: GitRepoBundleRow[]; clusters: GitRepoClusterRow[] }> {
  const [bundles, bds] = await Promise.all([all(person, 'bundles', ns, name), all(person, 'bundledeployments', ns, name)]);
  const byCluster = new Map<string, GitRepoClusterRow>();
  for (const bd of bds) {
    const l = bd.metadata.labels ?? {};
    const cns = l[LABEL_CLUSTER_NAMESPACE] ?? ns;
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
  const clusters = [...byCluster.values()].sort((a, b) => stateRank(b.state) - stateRank(a.state) || a.name.localeCompare(b.name));
  return { bundles: bundles.map(bundleRow), clusters };
}
