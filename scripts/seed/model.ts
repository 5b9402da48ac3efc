// The whole seeded world as plain data: clusters, groups, GitRepos, Bundles and which clusters each
// Bundle targets. Pure and deterministic for given params (no I/O, no clock).
import { generateClusters, generateGroups, type ClusterModel, type GroupModel } from './clusters';
import { safeConcatName } from './cluster-namespace';
import { fakeCommit } from './prng';
import { fixedRepos, generatedRepo, type Flavour, type GitTarget, type RepoModel } from './repos';
import { matchesSelector } from './selector';

export type { ClusterModel, GroupModel } from './clusters';
export type { RepoModel, GitTarget, Flavour, Scenario } from './repos';

export interface SeedParams {
  clusters: number;
  gitrepos: number;
  bdsPerCluster: number;
}

export interface ResourceRef {
  kind: string;
  apiVersion: string;
  namespace: string;
  name: string;
}

export interface BundleModel {
  ws: string;
  name: string;
  repo?: RepoModel;
  path?: string;
  flavour: Flavour | 'agent';
  /** For fleet-agent-<cluster> bundles. */
  agentFor?: ClusterModel;
  targets: GitTarget[];
  /** Matched clusters, in Fleet's (name) order. */
  clusters: ClusterModel[];
  defaultNamespace: string;
  releaseName: string;
  resources: ResourceRef[];
}

export interface Model {
  params: SeedParams;
  clusters: ClusterModel[];
  groups: GroupModel[];
  repos: RepoModel[];
  bundles: BundleModel[];
  /** group key ws/name → member clusters */
  groupMembers: Map<string, ClusterModel[]>;
}

export const AGENT_VERSION = 'v0.16.1';

const GENERIC_DIRS = new Set(['app', 'deploy', 'base', 'prod', 'eu', 'manifests', 'helm', 'kustomize', 'simple', 'k8s', 'chart', 'release', 'stores']);

export function defaultParams(clusters = 30): SeedParams {
  return { clusters, gitrepos: Math.max(fixedRepos().length + 3, Math.round(clusters / 5)), bdsPerCluster: 10 };
}

export function key(ws: string, name: string): string {
  return `${ws}/${name}`;
}

/** Commit a repo is at for a given generation (generation bumps in --live mode). */
export function repoCommit(repo: RepoModel, generation = repo.generation): string {
  return fakeCommit(`${repo.ws}/${repo.name}#${generation}`);
}

/** Fleet's bundle name for a GitRepo path: `<repo>-<path with / → ->`, shortened with a hash beyond 63 chars. */
export function bundleName(repoName: string, path: string): string {
  const p = path.replace(/^\/+|\/+$/g, '').replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase();
  return p === '' ? repoName : safeConcatName(repoName, p);
}

function resourcesFor(flavour: Flavour | 'agent', ns: string, app: string): ResourceRef[] {
  const r = (kind: string, apiVersion: string, name: string, namespace = ns): ResourceRef => ({ kind, apiVersion, namespace, name });
  switch (flavour) {
    case 'agent':
      return [r('ServiceAccount', 'v1', 'fleet-agent'), r('Deployment', 'apps/v1', 'fleet-agent'), r('ConfigMap', 'v1', 'fleet-agent'), r('NetworkPolicy', 'networking.k8s.io/v1', 'default-allow-all')];
    case 'helm':
      return [r('ServiceAccount', 'v1', app), r('Service', 'v1', app), r('Deployment', 'apps/v1', app), r('ConfigMap', 'v1', `${app}-config`)];
    case 'kustomize':
      return [r('ConfigMap', 'v1', `${app}-env`), r('Service', 'v1', app), r('Deployment', 'apps/v1', app)];
    default:
      return [r('Service', 'v1', app), r('Deployment', 'apps/v1', app)];
  }
}

/** Fleet's target matching for one cluster (all criteria of a target must hold). */
function targetMatches(t: GitTarget, c: ClusterModel, groupsOf: Map<string, GroupModel[]>): boolean {
  const hasCriteria = t.clusterName !== undefined || t.clusterSelector !== undefined || t.clusterGroup !== undefined || t.clusterGroupSelector !== undefined;
  if (!hasCriteria) return false;
  if (t.clusterName !== undefined && t.clusterName !== c.name) return false;
  if (t.clusterSelector !== undefined && !matchesSelector(t.clusterSelector, c.labels)) return false;
  const groups = groupsOf.get(key(c.ws, c.name)) ?? [];
  if (t.clusterGroup !== undefined && !groups.some((g) => g.name === t.clusterGroup)) return false;
  if (t.clusterGroupSelector !== undefined && !groups.some((g) => matchesSelector(t.clusterGroupSelector!, { name: g.name }))) return false;
  return true;
}

/** GitRepos without targets get Fleet's default `[{name: default, clusterGroup: default}]`. */
export function effectiveTargets(repo: RepoModel): GitTarget[] {
  return repo.targets ?? [{ name: 'default', clusterGroup: 'default' }];
}

function appendTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * The clusters of a workspace that can match some target, in workspace order: a superset, narrowed by an index of
 * name and `label=value` where every target names one (clusterName, a matchLabels pair, an `In` expression), so 20,000
 * GitRepos over 100,000 clusters do not each test every cluster. targetMatches still decides.
 */
class Candidates {
  private readonly index = new Map<string, Map<string, ClusterModel[]>>();
  private readonly order = new Map<ClusterModel, number>();
  constructor(private readonly byWs: Map<string, ClusterModel[]>) {
    for (const [ws, list] of byWs) {
      const idx = new Map<string, ClusterModel[]>();
      list.forEach((c, i) => {
        this.order.set(c, i);
        appendTo(idx, `name\0${c.name}`, c);
        for (const [k, v] of Object.entries(c.labels)) appendTo(idx, `${k}\0${v}`, c);
      });
      this.index.set(ws, idx);
    }
  }

  of(ws: string, targets: GitTarget[]): ClusterModel[] {
    const all = this.byWs.get(ws) ?? [];
    const idx = this.index.get(ws);
    const keysOf = (t: GitTarget): string[] | undefined => {
      if (t.clusterName !== undefined) return [`name\0${t.clusterName}`];
      const [k, v] = Object.entries(t.clusterSelector?.matchLabels ?? {})[0] ?? [];
      if (k !== undefined) return [`${k}\0${v}`];
      const e = t.clusterSelector?.matchExpressions?.find((x) => x.operator === 'In');
      return e ? (e.values ?? []).map((v) => `${e.key}\0${v}`) : undefined;
    };
    const keys = targets.map(keysOf);
    if (!idx || keys.some((k) => k === undefined)) return all;
    const set = new Set<ClusterModel>();
    for (const k of keys.flat()) for (const c of idx.get(k!) ?? []) set.add(c);
    return [...set].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

export function buildModel(params: SeedParams): Model {
  const clusters = generateClusters(params.clusters);
  const groups = generateGroups();
  // Appends, never copies: the model is built for 100,000 clusters too (the million-object benchmark).
  const byWs = new Map<string, ClusterModel[]>();
  for (const c of clusters) appendTo(byWs, c.ws, c);
  for (const list of byWs.values()) list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const groupMembers = new Map<string, ClusterModel[]>();
  const groupsOf = new Map<string, GroupModel[]>();
  for (const g of groups) {
    const members = (byWs.get(g.ws) ?? []).filter((c) => matchesSelector(g.selector, c.labels));
    groupMembers.set(key(g.ws, g.name), members);
    for (const c of members) appendTo(groupsOf, key(c.ws, c.name), g);
  }

  const candidates = new Candidates(byWs);
  const match = (ws: string, targets: GitTarget[]) => candidates.of(ws, targets).filter((c) => targets.some((t) => targetMatches(t, c, groupsOf)));

  const bundles: BundleModel[] = [];
  const addRepoBundles = (repo: RepoModel) => {
    if (repo.git.noBundles) return 0;
    let bds = 0;
    const targets = effectiveTargets(repo);
    const matched = match(repo.ws, targets);
    for (const path of repo.paths) {
      const name = bundleName(repo.name, path);
      const last = (path.split('/').pop() ?? '').replace(/[^a-z0-9-]/g, '-');
      // Generic directory names make poor app names; fall back to the repo's name as users do.
      const app = GENERIC_DIRS.has(last) || last === '' ? repo.name.slice(0, 40) : last;
      const ns = app;
      bundles.push({ ws: repo.ws, name, repo, path, flavour: repo.flavour, targets, clusters: matched, defaultNamespace: ns, releaseName: name.slice(0, 53), resources: resourcesFor(repo.flavour, ns, app) });
      bds += matched.length;
    }
    return bds;
  };

  const repos = fixedRepos();
  let fixedBds = 0;
  for (const r of repos) fixedBds += addRepoBundles(r);

  // Generated repos share what is left of the BD budget (one BD per cluster is its fleet-agent bundle).
  const generatedCount = Math.max(0, params.gitrepos - repos.length);
  const cellCount = Math.ceil(clusters.filter((c) => c.labels.cell !== undefined).length / 5);
  let genBundles = 0;
  for (let j = 0; j < generatedCount; j++) genBundles += generatedRepo(j, cellCount, 1).paths.length;
  const budget = params.clusters * Math.max(0, params.bdsPerCluster - 1) - fixedBds;
  const cellsPerBundle = genBundles > 0 ? Math.max(1, Math.round(budget / genBundles / 5)) : 1;
  for (let j = 0; j < generatedCount; j++) {
    const r = generatedRepo(j, cellCount, cellsPerBundle);
    repos.push(r);
    addRepoBundles(r);
  }

  // Fleet's manage-agent controller: one fleet-agent-<cluster> bundle per cluster, in the cluster's workspace.
  for (const c of clusters) {
    const name = safeConcatName('fleet-agent', c.name);
    bundles.push({
      ws: c.ws,
      name,
      flavour: 'agent',
      agentFor: c,
      targets: [{ clusterName: c.name, clusterSelector: { matchExpressions: [{ key: 'fleet.cattle.io/non-managed-agent', operator: 'DoesNotExist' }] } }],
      clusters: [c],
      defaultNamespace: c.agentNamespace,
      releaseName: name.slice(0, 53),
      resources: resourcesFor('agent', c.agentNamespace, 'fleet-agent'),
    });
  }
  return { params, clusters, groups, repos, bundles, groupMembers };
}
