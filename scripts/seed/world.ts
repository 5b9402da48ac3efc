// Walks every (bundle, target cluster) pair with its planned state, builds the BDs and folds them into
// the roll-up accumulators. Shared by the writer, --live and the unit tests, so all three agree.
import { buildBD, type Condition, type Json } from './bd';
import { ROLLOUT_BUNDLE, ROLLOUT_STRATEGY, TEMPLATE_ERROR } from './fixtures';
import { repoCommit as repoCommitOf, type BundleModel, type ClusterModel, type Model, type RepoModel } from './model';
import { planFor, type Plan } from './plan';
import { BundleAcc, ClusterAcc, RepoAcc, groupStatus } from './rollup';
import { clusterAgentStatus, resourcesSha } from './objects';

export type BDObject = ReturnType<typeof buildBD>;

export interface Rollups {
  bundles: Map<BundleModel, BundleAcc>;
  repos: Map<string, RepoAcc>;
  clusters: Map<ClusterModel, ClusterAcc>;
}

/** Live-mode overrides of planned states, keyed by `<cluster namespace>/<bundle name>`. */
export type Overrides = Map<string, Plan>;

export function bdKey(b: BundleModel, c: ClusterModel): string {
  return `${c.namespace}/${b.name}`;
}

export function planOf(b: BundleModel, c: ClusterModel, idx: number, overrides?: Overrides): Plan {
  return overrides?.get(bdKey(b, c)) ?? planFor(b, c, idx);
}

export function repoKey(ws: string, name: string): string {
  return `${ws}/${name}`;
}

export function newRollups(m: Model): Rollups {
  return {
    bundles: new Map(m.bundles.map((b) => [b, new BundleAcc()])),
    repos: new Map(m.repos.map((r) => [repoKey(r.ws, r.name), new RepoAcc()])),
    clusters: new Map(m.clusters.map((c) => [c, new ClusterAcc(c)])),
  };
}

/**
 * Calls `visit` for each BD to write (after folding it into the roll-ups); Pending targets only
 * reach the Bundle summary. `visit` may be async: the walk awaits it (that is the writer's back-pressure).
 */
export async function walk(
  m: Model,
  nowMs: number,
  visit: (bd: BDObject, b: BundleModel, c: ClusterModel) => Promise<void> | void,
  overrides?: Overrides,
  rollups: Rollups = newRollups(m),
): Promise<Rollups> {
  for (const b of m.bundles) {
    // A targeting error stops the Bundle controller before it creates any BundleDeployment.
    if (targetingError(b)) continue;
    const bacc = rollups.bundles.get(b);
    const racc = b.repo ? rollups.repos.get(repoKey(b.repo.ws, b.repo.name)) : undefined;
    for (let i = 0; i < b.clusters.length; i++) {
      const c = b.clusters[i]!;
      const plan = planOf(b, c, i, overrides);
      if (plan.state === 'Pending') {
        bacc?.addPending(c);
        continue;
      }
      const bd = buildBD(b, c, plan, nowMs);
      bacc?.add(bd, c);
      racc?.add(bd, c);
      rollups.clusters.get(c)?.add(bd, b.repo?.name);
      await visit(bd, b, c);
    }
  }
  return rollups;
}

/** Bundle controller's error when the Bundle's helm values template cannot be rendered for its first target. */
export function targetingError(b: BundleModel): string | undefined {
  const c = b.clusters[0];
  if (!b.repo?.git.targetingError || !c) return undefined;
  return `targeting error: cluster ${c.name} in namespace ${c.ws}: ${TEMPLATE_ERROR}`;
}

/** setReadyStatusFromBundle: the first of the GitRepo's Bundles (Fleet: by UID; here: by name) whose Ready is False. */
export function firstBundleNotReady(bundles: { status: Json }[]): Condition | undefined {
  for (const { status } of bundles) {
    const ready = (status.conditions as Condition[] | undefined)?.find((c) => c.type === 'Ready' && c.status === 'False');
    if (ready) return ready;
  }
  return undefined;
}

/** Status bodies of the roll-up objects, keyed by API item path. */
export function rollupStatuses(m: Model, r: Rollups, nowMs: number) {
  const bundles = m.bundles.map((b) => ({ b, status: r.bundles.get(b)!.status(nowMs, resourcesSha(b), targetingError(b), stagedStrategy(b)) }));
  const byRepo = new Map<RepoModel, typeof bundles>();
  for (const x of bundles) if (x.b.repo) byRepo.set(x.b.repo, [...(byRepo.get(x.b.repo) ?? []), x]);
  const repos = m.repos.map((repo) => {
    const acc = r.repos.get(repoKey(repo.ws, repo.name))!;
    const mine = (byRepo.get(repo) ?? []).sort((x, y) => (x.b.name < y.b.name ? -1 : 1));
    return { repo, status: acc.status(repo, repoCommitOf(repo), nowMs, firstBundleNotReady(mine)) };
  });
  const clusters = m.clusters.map((c) => ({ c, status: r.clusters.get(c)!.status(nowMs, clusterAgentStatus(c, nowMs)) }));
  const groups = m.groups.map((g) => {
    const members = (m.groupMembers.get(`${g.ws}/${g.name}`) ?? []).map((c) => r.clusters.get(c)!);
    return { g, status: groupStatus(g, members, nowMs) as Json };
  });
  return { bundles, repos, clusters, groups };
}


/** The strategy of the seed's staged-rollout Bundle (undefined for every other one). */
export function stagedStrategy(b: BundleModel): typeof ROLLOUT_STRATEGY | undefined {
  return b.name === ROLLOUT_BUNDLE && b.ws === 'fleet-default' ? ROLLOUT_STRATEGY : undefined;
}
