// The kinds the watch cache holds: the Fleet kinds the UI reads, taken from lib/fleet/kinds FLEET_KINDS (the one
// registry of kind identities and schemas), plus core namespaces (workspaces). Adding a kind here = one line.
import { FLEET_KINDS } from '@/lib/fleet/kinds';

export const CACHE_KINDS = {
  gitrepos: FLEET_KINDS.gitrepos,
  helmops: FLEET_KINDS.helmops,
  bundles: FLEET_KINDS.bundles,
  bundledeployments: FLEET_KINDS.bundledeployments,
  clusters: FLEET_KINDS.clusters,
  clustergroups: FLEET_KINDS.clustergroups,
  clusterregistrationtokens: FLEET_KINDS.clusterregistrationtokens,
  gitreporestrictions: FLEET_KINDS.gitreporestrictions,
  namespaces: { kind: 'Namespace', group: '', version: 'v1', plural: 'namespaces', namespaced: false },
} as const;

export type CacheKind = keyof typeof CACHE_KINDS;
export const CACHE_KIND_NAMES = Object.keys(CACHE_KINDS) as CacheKind[];

export function isCacheKind(s: string): s is CacheKind {
  return Object.hasOwn(CACHE_KINDS, s);
}

/** Cluster-wide collection path of a kind, e.g. /apis/fleet.cattle.io/v1alpha1/gitrepos. */
export function collectionPath(kind: CacheKind): string {
  const k = CACHE_KINDS[kind];
  return k.group ? `/apis/${k.group}/${k.version}/${k.plural}` : `/api/${k.version}/${k.plural}`;
}

/** The key every store, index and feed event uses: "namespace/name" ("name" for cluster-scoped). */
export function objectKey(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

// Fleet labels the indexes read (set by internal/cmd/controller/target/target.go in Fleet v0.16.0).
export const LABEL_REPO = 'fleet.cattle.io/repo-name';
export const LABEL_BUNDLE = 'fleet.cattle.io/bundle-name';
export const LABEL_BUNDLE_NS = 'fleet.cattle.io/bundle-namespace';
export const LABEL_CLUSTER = 'fleet.cattle.io/cluster';
export const LABEL_CLUSTER_NS = 'fleet.cattle.io/cluster-namespace';
export const LABEL_HELMOP = 'fleet.cattle.io/fleet-helm-name';
export const LABEL_MANAGED = 'fleet.cattle.io/managed';
