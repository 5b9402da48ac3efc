// GitRepo/Bundle targets: words for the UI and which clusters they select, following Fleet's
// internal/cmd/controller/target/matcher (ClusterMatcher + BundleMatch):
// - a target's criteria (clusterName, clusterGroup, clusterGroupSelector, clusterSelector) are ANDed;
//   a target with no criteria selects nothing;
// - a cluster is tried once per ClusterGroup it belongs to (group name + group labels), or once with
//   no group when it is in none — so an empty clusterGroupSelector {} selects every cluster;
// - groups and clusters are only considered in the target owner's namespace (no BundleNamespaceMapping);
// - GitRepos without targets get Fleet's default [{name: default, clusterGroup: default}].
import { compileSelector, formatSelector, isEmptySelector, type LabelSelector, type Labels } from './selector';

export interface Target {
  name?: string;
  clusterName?: string;
  clusterSelector?: LabelSelector | null;
  clusterGroup?: string;
  clusterGroupSelector?: LabelSelector | null;
  doNotDeploy?: boolean;
}

interface Meta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
}
export interface ClusterLike {
  metadata: Meta;
}
export interface ClusterGroupLike {
  metadata: Meta;
  spec?: { selector?: LabelSelector | null } | null;
}

/** What Fleet uses when a GitRepo (or HelmOp) has no targets. */
export const DEFAULT_TARGETS: readonly Target[] = [{ name: 'default', clusterGroup: 'default' }];

export function effectiveTargets(targets: readonly Target[] | null | undefined, owner: 'gitrepo' | 'bundle' = 'gitrepo'): readonly Target[] {
  if (targets && targets.length > 0) return targets;
  return owner === 'gitrepo' ? DEFAULT_TARGETS : [];
}

// Rancher's "All clusters" GitRepo option stores this selector (Harvester clusters excluded).
const isRancherAllClusters = (s: LabelSelector) =>
  !s.matchLabels &&
  s.matchExpressions?.length === 1 &&
  s.matchExpressions[0]?.key === 'provider.cattle.io' &&
  s.matchExpressions[0]?.operator === 'NotIn' &&
  s.matchExpressions[0]?.values?.join() === 'harvester';

/** One target in words, e.g. "Cluster group prod and clusters matching region=eu". */
export function describeTarget(t: Target): string {
  const parts: string[] = [];
  const everything =
    (t.clusterSelector && isEmptySelector(t.clusterSelector)) || (t.clusterGroupSelector && isEmptySelector(t.clusterGroupSelector));
  if (t.clusterName) parts.push(`cluster ${t.clusterName}`);
  if (t.clusterGroup) parts.push(`cluster group ${t.clusterGroup}`);
  if (t.clusterGroupSelector && !isEmptySelector(t.clusterGroupSelector)) {
    parts.push(`clusters in groups matching ${formatSelector(t.clusterGroupSelector)}`);
  }
  if (t.clusterSelector && !isEmptySelector(t.clusterSelector)) {
    parts.push(
      isRancherAllClusters(t.clusterSelector)
        ? 'all clusters except Harvester'
        : `clusters matching ${formatSelector(t.clusterSelector)}`,
    );
  }
  let text: string;
  if (parts.length === 0) text = everything ? 'All clusters in workspace' : 'No clusters (target has no criteria)';
  else text = parts.join(' and ').replace(/^./, (c) => c.toUpperCase());
  return t.doNotDeploy ? `Not deployed to: ${text}` : text;
}

/** All targets in words; Fleet's default is spelled out for GitRepos without targets. */
export function describeTargets(targets: readonly Target[] | null | undefined, owner: 'gitrepo' | 'bundle' = 'gitrepo'): string[] {
  if (!targets || targets.length === 0) {
    return [owner === 'gitrepo' ? "No targets (defaults to cluster group 'default')" : 'No targets'];
  }
  return targets.map(describeTarget);
}

type GroupEntry = { name: string; labels: Labels };

function compileTarget(t: Target) {
  const cSel = t.clusterSelector ? compileSelector(t.clusterSelector) : undefined;
  const gSel = t.clusterGroupSelector ? compileSelector(t.clusterGroupSelector) : undefined;
  const hasCriteria = !!(t.clusterName || t.clusterGroup || cSel || gSel);
  const one = (cluster: ClusterLike, g: GroupEntry | undefined) =>
    (!t.clusterName || t.clusterName === cluster.metadata.name) &&
    (!t.clusterGroup || t.clusterGroup === g?.name) &&
    (!gSel || gSel(g?.labels)) &&
    (!cSel || cSel(cluster.metadata.labels));
  return (cluster: ClusterLike, groups: GroupEntry[]) =>
    hasCriteria && (groups.length === 0 ? one(cluster, undefined) : groups.some((g) => one(cluster, g)));
}

/** Groups (same namespace, selector matching the cluster's labels) a cluster belongs to. */
export function clusterGroupsOf<G extends ClusterGroupLike>(cluster: ClusterLike, groups: readonly G[]): G[] {
  return groups.filter(
    (g) => g.metadata.namespace === cluster.metadata.namespace && compileSelector(g.spec?.selector)(cluster.metadata.labels),
  );
}

/** Clusters of a ClusterGroup (same namespace; a group without selector has none). */
export function clustersInGroup<C extends ClusterLike>(group: ClusterGroupLike, clusters: readonly C[]): C[] {
  const sel = compileSelector(group.spec?.selector);
  return clusters.filter((c) => c.metadata.namespace === group.metadata.namespace && sel(c.metadata.labels));
}

/**
 * Clusters selected by a target list. Pass the owner's namespace to restrict to it (Fleet's rule);
 * without it, clusters are not filtered but groups still only apply within a cluster's namespace.
 * A cluster matched by a doNotDeploy target is excluded. Targets are used as given: call
 * effectiveTargets() first for GitRepos.
 */
export function matchTargets<C extends ClusterLike>(
  targets: readonly Target[] | null | undefined,
  clusters: readonly C[],
  clusterGroups: readonly ClusterGroupLike[],
  namespace?: string,
): C[] {
  const list = targets ?? [];
  const deploy = list.filter((t) => !t.doNotDeploy).map(compileTarget);
  const exclude = list.filter((t) => t.doNotDeploy).map(compileTarget);
  if (deploy.length === 0) return [];
  const groupSelectors = clusterGroups.map((g) => ({
    ns: g.metadata.namespace,
    entry: { name: g.metadata.name, labels: g.metadata.labels } as GroupEntry,
    matches: compileSelector(g.spec?.selector),
  }));
  return clusters.filter((c) => {
    if (namespace !== undefined && c.metadata.namespace !== namespace) return false;
    const groups = groupSelectors.filter((g) => g.ns === c.metadata.namespace && g.matches(c.metadata.labels)).map((g) => g.entry);
    return deploy.some((m) => m(c, groups)) && !exclude.some((m) => m(c, groups));
  });
}
