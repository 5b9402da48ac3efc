// What the store precomputes per object, once per change, so queries never re-derive: workspace, state, index keys,
// lower-cased search text and sort values.
import { bundleDeploymentState, summaryState, type BundleSummary } from '@/lib/fleet/state';
import { bundleObjectState, gitRepoState, helmOpState, objectStateRank, type ObjectLike, type ObjectState } from '@/lib/fleet/object-state';
import {
  LABEL_BUNDLE,
  LABEL_BUNDLE_NS,
  LABEL_CLUSTER,
  LABEL_CLUSTER_NS,
  LABEL_HELMOP,
  LABEL_REPO,
  objectKey,
  type CacheKind,
} from './kinds';
import { intern } from './projections';
import { LIST_SORT_KEYS, type SortKeyOf } from '@/lib/fleet/rows/sort-keys';
import type { KubeObject } from './types';

export const INDEX_NAMES = ['workspace', 'state', 'gitrepo', 'helmop', 'bundle', 'cluster', 'clusterNamespace'] as const;
/**
 * workspace: the Fleet workspace (namespace; for BundleDeployments the bundle-namespace label).
 * gitrepo / helmop / bundle / cluster: "namespace/name" of the owning object (from Fleet's labels).
 * state: the state the dashboard shows (lib/fleet/object-state.ts; BundleState for the others), so a state filter
 *   starts from its matches, not a scan, and filter, sort, counts and badges agree.
 * clusterNamespace: for Clusters, status.namespace (the namespace holding their BundleDeployments).
 */
export type IndexName = (typeof INDEX_NAMES)[number];
export type IndexValues = Partial<Record<IndexName, string>>;

export type SortValue = string | number;

type SortValueFn = (o: KubeObject, state: ObjectState | undefined) => SortValue;

export interface Derived {
  workspace: string;
  state: ObjectState | undefined;
  index: IndexValues;
  text: string;
  sort: SortValue[];
}

type Obj = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const label = (o: KubeObject, k: string) => o.metadata.labels?.[k] ?? '';
// Index values repeat across thousands of BundleDeployments: share one string each.
const pair = (ns: string, name: string) => (ns && name ? intern(objectKey(ns, name)) : undefined);

/** ready/desired as a number to sort by; desired 0 counts as fully ready (Fleet's IsReady). */
function readiness(summary: unknown): number {
  const s = obj(summary);
  return ratio(num(s.ready), num(s.desiredReady));
}
const ratio = (ready: number, desired: number) => (desired === 0 ? 1 : ready / desired);

/** latest condition update, else creation (RFC 3339 UTC strings sort like times). */
function lastUpdate(o: KubeObject): string {
  let best = o.metadata.creationTimestamp ?? '';
  const conds = o.status?.conditions;
  if (Array.isArray(conds)) {
    for (const c of conds as Obj[]) {
      const t = str(c.lastUpdateTime) || str(c.lastTransitionTime);
      if (t > best) best = t;
    }
  }
  return best;
}

const common = {
  name: (o) => o.metadata.name,
  namespace: (o) => o.metadata.namespace ?? '',
  created: (o) => o.metadata.creationTimestamp ?? '',
  state: (_o, st) => (st ? objectStateRank(st) : 0),
} satisfies Record<string, SortValueFn>;
type CommonKey = keyof typeof common;

/**
 * A value for every sort key lib/fleet/rows/sort-keys.ts lists (the one definition of sort keys, shared with the
 * client's query schema): the type refuses a kind whose key has no value here.
 */
const extra: { [K in CacheKind]: Record<Exclude<SortKeyOf<K>, CommonKey>, SortValueFn> } = {
  gitrepos: {
    repo: (o) => str(o.spec?.repo).toLowerCase(),
    // What the table's Ready column shows: clusters ready of clusters targeted.
    ready: (o) => ratio(num(o.status?.readyClusters), num(o.status?.desiredReadyClusters)),
    lastUpdate,
    commit: (o) => str(o.status?.commit),
  },
  helmops: {
    chart: (o) => str(obj(o.spec?.helm).chart).toLowerCase(),
    ready: (o) => readiness(o.status?.summary),
  },
  bundles: {
    ready: (o) => readiness(o.status?.summary),
    gitrepo: (o) => label(o, LABEL_REPO),
  },
  bundledeployments: {
    cluster: (o) => label(o, LABEL_CLUSTER),
    bundle: (o) => label(o, LABEL_BUNDLE),
    gitrepo: (o) => label(o, LABEL_REPO),
  },
  clusters: {
    ready: (o) => readiness(o.status?.summary),
    lastSeen: (o) => str(obj(o.status?.agent).lastSeen),
    bundles: (o) => num(obj(o.status?.summary).desiredReady),
  },
  clustergroups: {
    clusters: (o) => num(o.status?.clusterCount),
    ready: (o) => readiness(o.status?.summary),
  },
  clusterregistrationtokens: {},
  gitreporestrictions: {},
  namespaces: {},
};

const columnsByKind = new Map<CacheKind, SortValueFn[]>();
function columns(kind: CacheKind): SortValueFn[] {
  let c = columnsByKind.get(kind);
  if (!c) {
    const fns: Record<string, SortValueFn> = { ...common, ...extra[kind] };
    columnsByKind.set(kind, (c = sortKeys(kind).map((k) => fns[k]!)));
  }
  return c;
}

/** Sort keys a kind accepts, in column order (position = index into Derived.sort). */
export function sortKeys(kind: CacheKind): readonly string[] {
  return LIST_SORT_KEYS[kind];
}

export function sortColumn(kind: CacheKind, key: string): number {
  return sortKeys(kind).indexOf(key);
}

function stateOf(kind: CacheKind, o: KubeObject): ObjectState | undefined {
  switch (kind) {
    case 'bundledeployments':
      return bundleDeploymentState(o as Parameters<typeof bundleDeploymentState>[0]);
    case 'gitrepos':
      return gitRepoState(o as unknown as ObjectLike).state;
    case 'helmops':
      return helmOpState(o as unknown as ObjectLike).state;
    case 'bundles':
      return bundleObjectState(o as unknown as ObjectLike).state;
    case 'clusters':
    case 'clustergroups':
      return summaryState(o.status?.summary as BundleSummary | undefined);
    default:
      return undefined;
  }
}

// Each literal names every key it will hold (state included) so V8 keeps them in-object: ×100,000 an extra
// property array per object costs megabytes.
function indexesOf(kind: CacheKind, o: KubeObject, workspace: string, state: ObjectState | undefined): IndexValues {
  const ns = o.metadata.namespace ?? '';
  switch (kind) {
    case 'bundledeployments':
      return {
        workspace,
        state,
        gitrepo: pair(workspace, label(o, LABEL_REPO)),
        helmop: pair(workspace, label(o, LABEL_HELMOP)),
        bundle: pair(workspace, label(o, LABEL_BUNDLE)),
        cluster: pair(label(o, LABEL_CLUSTER_NS), label(o, LABEL_CLUSTER)),
      };
    case 'bundles':
      return { workspace, state, gitrepo: pair(ns, label(o, LABEL_REPO)), helmop: pair(ns, label(o, LABEL_HELMOP)) };
    case 'clusters':
      return { workspace, state, clusterNamespace: str(o.status?.namespace) || undefined };
    default:
      return { workspace, state };
  }
}

function textOf(kind: CacheKind, o: KubeObject): string {
  if (kind === 'bundledeployments') {
    // Not its namespace (the cluster's generated one: the cluster name says it better). Fleet names a
    // BundleDeployment after its Bundle and a GitRepo's Bundles after it: each name once, as ×1,000,000 every
    // character of this text is a megabyte.
    const name = o.metadata.name;
    const parts = [name, label(o, LABEL_CLUSTER)];
    const bundle = label(o, LABEL_BUNDLE);
    const repo = label(o, LABEL_REPO);
    if (bundle && bundle !== name) parts.push(bundle);
    if (repo && !name.includes(repo)) parts.push(repo);
    return parts.join(' ').toLowerCase();
  }
  const parts = [o.metadata.name, o.metadata.namespace ?? ''];
  switch (kind) {
    case 'gitrepos':
      parts.push(str(o.spec?.repo), str(o.spec?.branch), str(o.spec?.revision), str(o.status?.commit));
      break;
    case 'helmops': {
      const h = obj(o.spec?.helm);
      parts.push(str(h.repo), str(h.chart));
      break;
    }
    case 'bundles':
      parts.push(label(o, LABEL_REPO));
      break;
    case 'clusters':
      // Non-Fleet labels as k=v so "env=prod" finds clusters; display name for Rancher-imported clusters.
      for (const [k, v] of Object.entries(o.metadata.labels ?? {})) if (!k.startsWith('fleet.cattle.io/')) parts.push(`${k}=${v}`);
      parts.push(str(o.status?.namespace));
      break;
  }
  return parts.join(' ').toLowerCase();
}

export function workspaceOf(kind: CacheKind, o: KubeObject): string {
  if (kind === 'namespaces') return o.metadata.name;
  if (kind === 'bundledeployments') return label(o, LABEL_BUNDLE_NS) || o.metadata.namespace || '';
  return o.metadata.namespace ?? '';
}

export function derive(kind: CacheKind, o: KubeObject): Derived {
  const workspace = workspaceOf(kind, o);
  const state = stateOf(kind, o);
  const index = indexesOf(kind, o, workspace, state);
  return {
    workspace,
    state,
    index,
    text: textOf(kind, o),
    sort: columns(kind).map((value) => value(o, state)),
  };
}
