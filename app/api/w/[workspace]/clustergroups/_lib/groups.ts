// Cluster-group rows computed from the cache: members are the workspace's clusters whose labels the
// group's selector matches (the API server's label-selector rules, lib/fleet/selector).
import { ClusterGroupSchema, type ClusterGroup } from '@/lib/fleet/kinds/clustergroup';
import type { ClusterGroupRow } from '@/lib/fleet/rows/clustergroup-row';
import { compileSelector, formatSelector, isEmptySelector } from '@/lib/fleet/selector';
import type { Entry } from '@/lib/cache/store';

/** A row from the group and its member counts, however they were counted. */
function rowOf(g: ClusterGroup, counts: { clusters: number; readyClusters: number; nonReady: string[] }): ClusterGroupRow {
  const sel = g.spec?.selector ?? undefined;
  return {
    namespace: g.metadata.namespace ?? '',
    name: g.metadata.name,
    selector: sel ? formatSelector(sel) : undefined,
    matchesAll: !!sel && isEmptySelector(sel),
    ...counts,
    resourceVersion: g.metadata.resourceVersion,
  };
}

export function groupRow(g: ClusterGroup, clusters: readonly Entry[]): ClusterGroupRow {
  const match = compileSelector(g.spec?.selector ?? undefined);
  let n = 0;
  let ready = 0;
  const nonReady: string[] = [];
  for (const e of clusters) {
    if (!match(e.obj.metadata.labels)) continue;
    n++;
    if (e.state === 'Ready' || e.state === undefined) ready++;
    else if (nonReady.length < 5) nonReady.push(e.obj.metadata.name);
  }
  return rowOf(g, { clusters: n, readyClusters: ready, nonReady });
}

/**
 * The row from the group's own status (what Fleet's controller counted), for a person who may read the group but not
 * list the workspace's clusters: the cache's cluster objects are not theirs to see.
 */
export function groupRowFromStatus(g: ClusterGroup): ClusterGroupRow {
  const total = g.status?.clusterCount ?? 0;
  const nonReady = g.status?.nonReadyClusterCount ?? 0;
  return rowOf(g, { clusters: total, readyClusters: Math.max(0, total - nonReady), nonReady: (g.status?.nonReadyClusters ?? []).slice(0, 5) });
}

export function parseGroup(o: unknown): ClusterGroup | undefined {
  const r = ClusterGroupSchema.safeParse(o);
  return r.success ? r.data : undefined;
}
