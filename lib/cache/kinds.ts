// The kinds the watch cache holds. Mirrors lib/fleet/kinds FLEET_KINDS (plural → identity) for the Fleet kinds the UI
// reads, plus core namespaces (workspaces). Kept local so the cache does not depend on which kinds the UI models.

export const CACHE_KINDS = {
  gitrepos: { kind: 'GitRepo', group: 'fleet.cattle.io', version: 'v1alpha1', plural: 'gitrepos' },
  helmops: { kind: 'HelmOp', group: 'fleet.cattle.io', version: 'v1alpha1', plural: 'helmops' },
  bundles: { kind: 'Bundle', group: 'fleet.cattle.io', version: 'v1alpha1', plural: 'bundles' },
  bundledeployments: { kind: 'BundleDeployment', group: 'fleet.cattle.io', version: 'v1alpha1', plural: 'bundledeployments' },
  clusters: { kind: 'Cluster', group: 'fleet.cattle.io', version: 'v1alpha1', plural: 'clusters' },
  clustergroups: { kind: 'ClusterGroup', group: 'fleet.cattle.io', version: 'v1alpha1', plural: 'clustergroups' },
  clusterregistrationtokens: {
    kind: 'ClusterRegistrationToken',
    group: 'fleet.cattle.io',
    version: 'v1alpha1',
    plural: 'clusterregistrationtokens',
  },
  gitreporestrictions: { kind: 'GitRepoRestriction', group: 'fleet.cattle.io', version: 'v1alpha1', plural: 'gitreporestrictions' },
  namespaces: { kind: 'Namespace', group: '', version: 'v1', plural: 'namespaces' },
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

// Fleet labels (fleet-api.md §22) the indexes read.
export const LABEL_REPO = 'fleet.cattle.io/repo-name';
export const LABEL_BUNDLE = 'fleet.cattle.io/bundle-name';
export const LABEL_BUNDLE_NS = 'fleet.cattle.io/bundle-namespace';
export const LABEL_CLUSTER = 'fleet.cattle.io/cluster';
export const LABEL_CLUSTER_NS = 'fleet.cattle.io/cluster-namespace';
export const LABEL_HELMOP = 'fleet.cattle.io/fleet-helm-name';
export const LABEL_MANAGED = 'fleet.cattle.io/managed';
