// --live: keeps the seeded world moving like a real fleet. A new commit on LIVE_GITREPO rolls out
// (its BDs go WaitApplied, then Ready cluster by cluster), LIVE_FLAPPING_CLUSTER's agent stops reporting
// mid-rollout and comes back later, and online agents keep checking in. Every roll-up touched by a
// change (Bundle, GitRepo, Cluster, ClusterGroups) is rewritten with it.
import type { KubeTarget } from './client';
import { Pool } from './client';
import { bundleObject, clusterAgentStatus, paths, resourcesSha } from './objects';
import * as F from './fixtures';
import type { BundleModel, ClusterModel, GroupModel, Model } from './model';
import { planFor, type Plan } from './plan';
import { BundleAcc, ClusterAcc, RepoAcc, groupStatus } from './rollup';
import { upsert, writeRepoStatus, writeStatus, type Log } from './status';
import { bdKey, firstBundleNotReady, newRollups, planOf, stagedStrategy, walk, type Overrides } from './world';
import { buildBD, type Json } from './bd';
import { repoCommit } from './model';

export interface LiveOptions {
  intervalMs: number;
  seconds?: number;
  log: Log;
  concurrency: number;
}

const HEARTBEAT_MS = 120_000;

export async function runLive(k: KubeTarget, m: Model, opts: LiveOptions): Promise<void> {
  const { log } = opts;
  const pool = new Pool(opts.concurrency);
  const repo = m.repos.find((r) => r.ws === F.WS_DEFAULT && r.name === F.LIVE_GITREPO);
  const flaky = m.clusters.find((c) => c.ws === F.WS_DEFAULT && c.name === F.LIVE_FLAPPING_CLUSTER);
  if (!repo || !flaky) throw new Error('live mode needs the LIVE_GITREPO and LIVE_FLAPPING_CLUSTER fixtures');
  const liveBundles = m.bundles.filter((b) => b.repo === repo);

  // Index: which BDs live on a cluster, which groups a cluster is in.
  const onCluster = new Map<ClusterModel, { b: BundleModel; idx: number }[]>();
  for (const b of m.bundles) b.clusters.forEach((c, idx) => onCluster.set(c, [...(onCluster.get(c) ?? []), { b, idx }]));
  const groupsOf = new Map<ClusterModel, GroupModel[]>();
  for (const g of m.groups) for (const c of m.groupMembers.get(`${g.ws}/${g.name}`) ?? []) groupsOf.set(c, [...(groupsOf.get(c) ?? []), g]);

  // Freeze every planned state on the clusters live mode touches, so changing their agent health or the
  // repo's commit does not silently re-plan BDs that are not rewritten.
  const overrides: Overrides = new Map();
  const touched = new Set<ClusterModel>([flaky, ...liveBundles.flatMap((b) => b.clusters)]);
  for (const c of touched) for (const { b, idx } of onCluster.get(c) ?? []) overrides.set(bdKey(b, c), planFor(b, c, idx));

  log('live: computing current roll-ups');
  let now = Date.now();
  const lastSeenMs = new Map<ClusterModel, number | null>(m.clusters.map((c) => [c, c.lastSeenAgoSec === null ? null : now - c.lastSeenAgoSec * 1000]));
  const rollups = await walk(m, now, () => undefined, overrides, newRollups(m));
  const clusterAcc = rollups.clusters;
  let pushedMs = now - repo.commitAgeSec * 1000;

  const syncTimes = () => {
    now = Date.now();
    repo.commitAgeSec = Math.max(0, Math.floor((now - pushedMs) / 1000));
    for (const [c, t] of lastSeenMs) c.lastSeenAgoSec = t === null ? null : Math.max(0, Math.floor((now - t) / 1000));
  };

  const writeCluster = async (c: ClusterModel) => {
    const acc = new ClusterAcc(c);
    for (const { b, idx } of onCluster.get(c) ?? []) {
      const plan = planOf(b, c, idx, overrides);
      if (plan.state !== 'Pending') acc.add(buildBD(b, c, plan, now), b.repo?.name);
    }
    clusterAcc.set(c, acc);
    await pool.run(() => writeStatus(k, paths.fleet('clusters', c.ws), c.name, acc.status(now, clusterAgentStatus(c, now))));
  };
  const writeGroups = async (cs: Iterable<ClusterModel>) => {
    const gs = new Set<GroupModel>();
    for (const c of cs) for (const g of groupsOf.get(c) ?? []) gs.add(g);
    for (const g of gs) {
      const members = (m.groupMembers.get(`${g.ws}/${g.name}`) ?? []).map((c) => clusterAcc.get(c)!);
      await pool.run(() => writeStatus(k, paths.fleet('clustergroups', g.ws), g.name, groupStatus(g, members, now)));
    }
  };
  /** Rewrites the given BDs and every roll-up above them. */
  const apply = async (changed: { b: BundleModel; c: ClusterModel; plan: Plan }[], specToo: boolean) => {
    syncTimes();
    for (const { b, c, plan } of changed) overrides.set(bdKey(b, c), plan);
    for (const { b, c, plan } of changed) {
      const bd = buildBD(b, c, plan, now);
      const listPath = paths.fleet('bundledeployments', c.namespace);
      await pool.run(async () => {
        if (specToo) await upsert(k, listPath, bd as never, true);
        await writeStatus(k, listPath, b.name, bd.status ?? {});
      });
    }
    const racc = new RepoAcc();
    const bundleStatuses: { status: Json }[] = [];
    for (const b of liveBundles) {
      const bacc = new BundleAcc();
      b.clusters.forEach((c, idx) => {
        const plan = planOf(b, c, idx, overrides);
        if (plan.state === 'Pending') return bacc.addPending(c);
        const bd = buildBD(b, c, plan, now);
        bacc.add(bd, c);
        racc.add(bd, c);
      });
      const status = bacc.status(now, resourcesSha(b), undefined, stagedStrategy(b));
      bundleStatuses.push({ status });
      await pool.run(() => writeStatus(k, paths.fleet('bundles', b.ws), b.name, status, { observe: true }));
    }
    await pool.run(() => writeRepoStatus(k, repo, racc.status(repo, repoCommit(repo), now, firstBundleNotReady(bundleStatuses))));
    const cs = new Set(changed.map((x) => x.c));
    for (const c of cs) await writeCluster(c);
    await writeGroups(cs);
    await pool.drain();
  };
  const setAgent = async (c: ClusterModel, online: boolean) => {
    lastSeenMs.set(c, online ? Date.now() : Date.now() - 3600_000);
    c.agent = online ? 'online' : 'offline';
    syncTimes();
    await writeCluster(c);
    await writeGroups([c]);
    await pool.drain();
  };

  const deadline = opts.seconds !== undefined ? Date.now() + opts.seconds * 1000 : Infinity;
  let stop = false;
  process.once('SIGINT', () => {
    stop = true;
  });
  const sleep = () => new Promise((r) => setTimeout(r, opts.intervalMs));
  const alive = () => !stop && Date.now() < deadline;
  let lastBeat = Date.now();
  const heartbeat = async () => {
    if (Date.now() - lastBeat < HEARTBEAT_MS) return;
    lastBeat = Date.now();
    for (const c of m.clusters) if (c.agent === 'online' && c.lastSeenAgoSec !== null) lastSeenMs.set(c, Date.now());
    syncTimes();
    for (const c of m.clusters) {
      if (c.agent !== 'online') continue;
      const acc = clusterAcc.get(c)!;
      await pool.run(() => writeStatus(k, paths.fleet('clusters', c.ws), c.name, acc.status(now, clusterAgentStatus(c, now))));
    }
    await pool.drain();
    log(`heartbeat: ${m.clusters.filter((c) => c.agent === 'online').length} agents checked in`);
  };

  const targets = liveBundles.flatMap((b) => b.clusters.map((c) => ({ b, c })));
  const order = [...new Set(targets.map((t) => t.c))];
  log(`live: ${repo.name} targets ${order.length} clusters; Ctrl-C to stop`);
  while (alive()) {
    // 1. A new commit: the controller updates every BD's deploymentID; agents have not applied it yet.
    repo.generation++;
    pushedMs = Date.now();
    for (const b of liveBundles) await pool.run(() => upsert(k, paths.fleet('bundles', b.ws), bundleObject(b), true));
    await pool.drain();
    await apply(targets.map(({ b, c }) => ({ b, c, plan: c.lastSeenAgoSec === null ? { state: 'WaitApplied', variant: 'fresh' } : { state: 'WaitApplied', variant: 'rollout' } })), true);
    log(`${repo.name}: new commit ${repoCommit(repo).slice(0, 7)}, ${targets.length} bundledeployments WaitApplied`);
    // 2. Agents apply it cluster by cluster; the flaky one drops out after the first cluster.
    let step = 0;
    for (const c of order) {
      if (!alive()) break;
      await sleep();
      await heartbeat();
      if (step++ === 1 && flaky.agent === 'online') {
        await setAgent(flaky, false);
        log(`cluster ${flaky.ws}/${flaky.name}: agent stopped reporting`);
      }
      if (c.agent !== 'online' || c.lastSeenAgoSec === null) continue;
      lastSeenMs.set(c, Date.now());
      await apply(targets.filter((t) => t.c === c).map(({ b }) => ({ b, c, plan: { state: 'Ready', variant: 'ok' } })), false);
      log(`${repo.name}: ${c.ws}/${c.name} applied ${repoCommit(repo).slice(0, 7)} → Ready`);
    }
    // 3. The flaky cluster comes back and catches up.
    for (let i = 0; i < 2 && alive(); i++) await sleep();
    if (!alive()) break;
    if (flaky.agent !== 'online') {
      await setAgent(flaky, true);
      log(`cluster ${flaky.ws}/${flaky.name}: agent back online`);
      const mine = targets.filter((t) => t.c === flaky);
      if (mine.length > 0) {
        await sleep();
        await apply(mine.map(({ b }) => ({ b, c: flaky, plan: { state: 'Ready', variant: 'ok' } })), false);
        log(`${repo.name}: ${flaky.ws}/${flaky.name} applied ${repoCommit(repo).slice(0, 7)} → Ready`);
      }
    }
    for (let i = 0; i < 3 && alive(); i++) await sleep();
  }
  log('live: stopped');
}
