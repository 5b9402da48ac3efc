// Troubleshooting findings maintained from the cache's change stream: one IncrementalFindings per cache, filled from
// the stores once, then told of every GitRepo, Bundle, Cluster and ClusterGroup change as the store applies it.
// BundleDeployments are not copied: the engine reads the few it needs through the stores' bundle and cluster indexes.
import { IncrementalFindings, type FollowedKind } from '@/lib/fleet/troubleshooting/incremental';
import type { BundleDeploymentIn } from '@/lib/fleet/troubleshooting/types';
import type { FleetCache } from './index';
import type { KindStore } from './store';

const FOLLOWED: readonly FollowedKind[] = ['gitrepos', 'bundles', 'clusters', 'clustergroups'];
const engines = new WeakMap<FleetCache, IncrementalFindings>();

function* byIndex(store: KindStore | undefined, index: 'bundle' | 'cluster', value: string): Iterable<BundleDeploymentIn> {
  if (!store) return;
  for (const k of store.indexes.get(index, value)) {
    const e = store.get(k);
    if (e) yield e.obj as unknown as BundleDeploymentIn;
  }
}

/** The cache's incremental findings (created, filled and subscribed on first use). */
export function liveFindings(cache: FleetCache): IncrementalFindings {
  let engine = engines.get(cache);
  if (engine) return engine;
  const bds = cache.kinds.includes('bundledeployments') ? cache.store('bundledeployments') : undefined;
  engine = new IncrementalFindings({ ofBundle: (k) => byIndex(bds, 'bundle', k), onCluster: (k) => byIndex(bds, 'cluster', k), version: () => bds?.version ?? 0 });
  const e = engine;
  for (const kind of FOLLOWED) {
    if (!cache.kinds.includes(kind)) continue;
    const store = cache.store(kind);
    for (const entry of store.all()) e.upsert(kind, entry.obj as never);
    store.listen((old, next) => {
      if (next) e.upsert(kind, next.obj as never);
      else if (old) e.remove(kind, old.obj.metadata.namespace, old.obj.metadata.name);
    });
  }
  engines.set(cache, engine);
  return engine;
}
