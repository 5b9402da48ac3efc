// The graph from a GitRepo or HelmOp to its Bundles, their BundleDeployments (one per targeted
// cluster) and the resources each deployed, as nodes and edges a page can lay out and draw. Fleet
// links them by labels (github.com/rancher/fleet v0.16.0): Bundles carry fleet.cattle.io/repo-name
// (GitRepo) or fleet.cattle.io/fleet-helm-name (HelmOp) in the owner's namespace; BundleDeployments
// carry fleet.cattle.io/bundle-name / bundle-namespace and cluster / cluster-namespace; resources
// are the BundleDeployment's status.resources (non-ready and modified ones in nonReadyStatus /
// modifiedStatus). To stay readable at 10,000 clusters, a Bundle with more BundleDeployments than
// `limit` shows one node per state with its count; its key (in `expanded`) opens it, showing up to
// `limit` BundleDeployments of that state and a "more" node. Same for resources. Layout inputs are
// deterministic: depth (0 owner … 3 resource) and order within a depth; every node carries the page
// URL parts of what it stands for.
import { bundleObjectState, gitRepoState, helmOpState, type ObjectLike, type ObjectState } from './object-state';
import { bundleDeploymentState, stateRank, type BundleDeploymentLike, type BundleState } from './state';
import { LABEL_BUNDLE_NAME, LABEL_BUNDLE_NAMESPACE, LABEL_CLUSTER, LABEL_CLUSTER_NAMESPACE, LABEL_HELMOP_NAME, LABEL_REPO_NAME } from './names';

type Meta = { name: string; namespace?: string; labels?: Record<string, string>; generation?: number };
type OwnerLike = { metadata: Meta; status?: ObjectLike['status'] };
type BundleLike = { metadata: Meta; status?: ObjectLike['status'] };
type ResourceRef = { kind?: string; apiVersion?: string; namespace?: string; name?: string };
type BDLike = BundleDeploymentLike & {
  metadata: Meta;
  status?: BundleDeploymentLike['status'] & {
    resources?: readonly ResourceRef[] | null;
    nonReadyStatus?: readonly (ResourceRef & { summary?: { state?: string; error?: boolean } })[] | null;
    modifiedStatus?: readonly (ResourceRef & { missing?: boolean; delete?: boolean })[] | null;
  };
};

export type GraphNodeKind = 'GitRepo' | 'HelmOp' | 'Bundle' | 'BundleDeployment' | 'Resource' | 'Group';

export interface GraphLink {
  kind: 'GitRepo' | 'HelmOp' | 'Bundle' | 'BundleDeployment' | 'Cluster' | 'Resource';
  namespace: string;
  name: string;
  /** For resources: the cluster they run on. */
  cluster?: { namespace: string; name: string };
}

export interface GraphNode {
  id: string;
  kind: GraphNodeKind;
  label: string;
  state: ObjectState;
  depth: number;
  order: number;
  link?: GraphLink;
  /** BundleDeployments: the target cluster (its page too). */
  cluster?: { namespace: string; name: string };
  /** Group nodes: what they stand for and how many. */
  group?: { of: 'BundleDeployment' | 'Resource'; count: number; key: string; expandable: boolean; more?: boolean };
}

export interface GraphEdge {
  from: string;
  to: string;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Bundles and BundleDeployments before grouping; resources of the BundleDeployments shown individually. */
  totals: { bundles: number; bundleDeployments: number; resources: number };
  /** BundleDeployments per state over all Bundles (grouped or not), worst first. */
  deploymentStates: [BundleState, number][];
}

export interface GraphOptions {
  /** Above this many children, group by state (default 50). */
  limit?: number;
  /** Keys of group nodes the person opened. */
  expanded?: ReadonlySet<string>;
  /** Include resources under BundleDeployments (default true). */
  resources?: boolean;
}

function resourceState(bd: BDLike, r: ResourceRef): BundleState {
  const same = (x: ResourceRef) => x.kind === r.kind && x.name === r.name && (x.namespace ?? '') === (r.namespace ?? '');
  if (bd.status?.modifiedStatus?.some(same)) return 'Modified';
  const nr = bd.status?.nonReadyStatus?.find(same);
  if (nr) return nr.summary?.error ? 'ErrApplied' : 'NotReady';
  return 'Ready';
}

export function buildGraph(
  owner: OwnerLike & { kind: 'GitRepo' | 'HelmOp' },
  bundles: readonly BundleLike[],
  bundleDeployments: readonly BDLike[],
  opts: GraphOptions = {},
): Graph {
  const limit = opts.limit ?? 50;
  const expanded = opts.expanded ?? new Set<string>();
  const withResources = opts.resources ?? true;
  const ns = owner.metadata.namespace ?? '';
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const orderAt = [0, 0, 0, 0];
  const add = (n: Omit<GraphNode, 'order'>, parent?: string) => {
    nodes.push({ ...n, order: orderAt[n.depth]!++ });
    if (parent) edges.push({ from: parent, to: n.id });
  };

  const ownerState = owner.kind === 'GitRepo' ? gitRepoState(owner).state : helmOpState(owner).state;
  const rootId = `${owner.kind}:${ns}/${owner.metadata.name}`;
  add({ id: rootId, kind: owner.kind, label: owner.metadata.name, state: ownerState, depth: 0, link: { kind: owner.kind, namespace: ns, name: owner.metadata.name } });

  const ownerLabel = owner.kind === 'GitRepo' ? LABEL_REPO_NAME : LABEL_HELMOP_NAME;
  const mine = bundles
    .filter((b) => b.metadata.namespace === ns && b.metadata.labels?.[ownerLabel] === owner.metadata.name)
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));

  const bdsOf = new Map<string, BDLike[]>();
  for (const bd of bundleDeployments) {
    const l = bd.metadata.labels ?? {};
    const key = `${l[LABEL_BUNDLE_NAMESPACE] ?? ''}/${l[LABEL_BUNDLE_NAME] ?? bd.metadata.name}`;
    (bdsOf.get(key) ?? bdsOf.set(key, []).get(key)!).push(bd);
  }

  const stateTotals = new Map<BundleState, number>();
  let totalBDs = 0;
  let totalResources = 0;
  for (const b of mine) {
    const bid = `Bundle:${ns}/${b.metadata.name}`;
    add({ id: bid, kind: 'Bundle', label: b.metadata.name, state: bundleObjectState(b).state, depth: 1, link: { kind: 'Bundle', namespace: ns, name: b.metadata.name } }, rootId);
    const clusterOf = (bd: BDLike) => ({ namespace: bd.metadata.labels?.[LABEL_CLUSTER_NAMESPACE] ?? '', name: bd.metadata.labels?.[LABEL_CLUSTER] ?? bd.metadata.namespace ?? '' });
    const bds = [...(bdsOf.get(`${ns}/${b.metadata.name}`) ?? [])].sort((x, y) => {
      const cx = clusterOf(x);
      const cy = clusterOf(y);
      return cx.namespace.localeCompare(cy.namespace) || cx.name.localeCompare(cy.name);
    });
    totalBDs += bds.length;
    for (const bd of bds) {
      const st = bundleDeploymentState(bd);
      stateTotals.set(st, (stateTotals.get(st) ?? 0) + 1);
    }

    const addBD = (bd: BDLike, parent: string) => {
      const id = `BundleDeployment:${bd.metadata.namespace ?? ''}/${bd.metadata.name}`;
      const cluster = clusterOf(bd);
      add({ id, kind: 'BundleDeployment', label: cluster.name, state: bundleDeploymentState(bd), depth: 2, cluster, link: { kind: 'BundleDeployment', namespace: bd.metadata.namespace ?? '', name: bd.metadata.name } }, parent);
      const res = withResources ? [...(bd.status?.resources ?? [])] : [];
      totalResources += res.length;
      const resNode = (r: ResourceRef, parent2: string) =>
        add(
          {
            id: `Resource:${id}/${r.kind ?? ''}/${r.namespace ?? ''}/${r.name ?? ''}`,
            kind: 'Resource',
            label: `${r.kind ?? '?'} ${r.namespace ? `${r.namespace}/` : ''}${r.name ?? '?'}`,
            state: resourceState(bd, r),
            depth: 3,
            link: { kind: 'Resource', namespace: r.namespace ?? '', name: r.name ?? '', cluster },
          },
          parent2,
        );
      grouped(res, (r) => resourceState(bd, r), `${id}/resources`, 'Resource', 3, id, resNode);
    };
    grouped(bds, bundleDeploymentState, `${bid}/deployments`, 'BundleDeployment', 2, bid, addBD);
  }

  /** Children of `parent`, each added by `one`, or grouped by state past the limit. */
  function grouped<T>(items: T[], stateOf: (t: T) => BundleState, key: string, of: 'BundleDeployment' | 'Resource', depth: number, parent: string, one: (t: T, parent: string) => void) {
    if (items.length <= limit) {
      for (const t of items) one(t, parent);
      return;
    }
    const byState = new Map<BundleState, T[]>();
    for (const t of items) {
      const s = stateOf(t);
      (byState.get(s) ?? byState.set(s, []).get(s)!).push(t);
    }
    const states = [...byState.keys()].sort((a, b) => stateRank(b) - stateRank(a));
    for (const s of states) {
      const list = byState.get(s)!;
      const gkey = `${key}/${s}`;
      const gid = `Group:${gkey}`;
      add({ id: gid, kind: 'Group', label: `${list.length} ${s}`, state: s, depth, group: { of, count: list.length, key: gkey, expandable: true } }, parent);
      if (!expanded.has(gkey)) continue;
      for (const t of list.slice(0, limit)) one(t, gid);
      if (list.length > limit) {
        const rest = list.length - limit;
        add({ id: `Group:${gkey}/more`, kind: 'Group', label: `${rest} more ${s}`, state: s, depth, group: { of, count: rest, key: `${gkey}/more`, expandable: false, more: true } }, gid);
      }
    }
  }

  return {
    nodes,
    edges,
    totals: { bundles: mine.length, bundleDeployments: totalBDs, resources: totalResources },
    deploymentStates: [...stateTotals.entries()].sort((a, b) => stateRank(b[0]) - stateRank(a[0])),
  };
}
