// Roll-ups the Fleet controller computes from BundleDeployments, built with lib/fleet/state so that
// Bundle, GitRepo, Cluster and ClusterGroup statuses agree with the BDs the seed writes.
import {
  addToSummary,
  bundleDeploymentMessage,
  bundleDeploymentState,
  emptySummary,
  isSummaryReady,
  mergeSummaries,
  readyConditionMessage,
  stateRank,
  summaryState,
  type BundleDeploymentLike,
  type BundleState,
  type BundleSummary,
  type ModifiedStatus,
  type NonReadyStatus,
} from '@/lib/fleet/state';
import { cond, rfc3339, type Json } from './bd';
import type { ClusterModel, GroupModel, RepoModel } from './model';

type BD = BundleDeploymentLike & { metadata: { name: string }; status?: { modifiedStatus?: ModifiedStatus[]; nonReadyStatus?: NonReadyStatus[]; resourceCounts?: Json } };

const COUNT_KEYS = ['ready', 'desiredReady', 'waitApplied', 'modified', 'orphaned', 'missing', 'unknown', 'notReady'] as const;
type Counts = Record<(typeof COUNT_KEYS)[number], number>;

export function emptyCounts(): Counts {
  return { ready: 0, desiredReady: 0, waitApplied: 0, modified: 0, orphaned: 0, missing: 0, unknown: 0, notReady: 0 };
}

function addCounts(into: Counts, from: Json | undefined): void {
  if (!from) return;
  for (const k of COUNT_KEYS) into[k] += typeof from[k] === 'number' ? (from[k] as number) : 0;
}

function nonReadyEntry(name: string, bd: BD) {
  const e: { name: string; message?: string; modifiedStatus?: ModifiedStatus[]; nonReadyStatus?: NonReadyStatus[] } = { name };
  const msg = bundleDeploymentMessage(bd);
  if (msg) e.message = msg;
  if (bd.status?.modifiedStatus?.length) e.modifiedStatus = bd.status.modifiedStatus;
  if (bd.status?.nonReadyStatus?.length) e.nonReadyStatus = bd.status.nonReadyStatus;
  return e;
}

/** Bundle.status: target-based, names are "<cluster ns>/<cluster name>", Pending = target without BD. */
export class BundleAcc {
  summary: BundleSummary = emptySummary();
  unavailable = 0;
  add(bd: BD, c: ClusterModel): BundleState {
    const state = bundleDeploymentState(bd);
    addToSummary(this.summary, state, nonReadyEntry(`${c.ws}/${c.name}`, bd));
    if (state !== 'Ready') this.unavailable++;
    return state;
  }
  addPending(c: ClusterModel): void {
    addToSummary(this.summary, 'Pending', { name: `${c.ws}/${c.name}` });
    this.unavailable++;
  }
  status(nowMs: number, resourcesSha: string): Json {
    const s = this.summary;
    const msg = readyConditionMessage(s, 'Cluster');
    const state = summaryState(s);
    const count = s.desiredReady;
    const st: Json = {
      conditions: [cond('Ready', msg === '', nowMs, msg), cond('Processed', true, nowMs)],
      summary: s,
      display: state === 'Ready' ? { readyClusters: `${s.ready}/${count}` } : { readyClusters: `${s.ready}/${count}`, state },
      newlyCreated: 0,
      unavailable: this.unavailable,
      unavailablePartitions: 0,
      maxUnavailable: count,
      maxUnavailablePartitions: 0,
      maxNew: 50,
      observedGeneration: 1,
      resourcesSha256Sum: resourcesSha,
    };
    // Fleet auto-partitions above 200 targets; below that one partition holds every target.
    if (count > 0 && count <= 200) st.partitions = [{ name: 'All', count, maxUnavailable: count, unavailable: this.unavailable, summary: s }];
    return st;
  }
}

/** GitRepo.status from its BDs (names = BD name); per-cluster detail only for repos of ≤ 1000 clusters. */
export class RepoAcc {
  summary: BundleSummary = emptySummary();
  counts = emptyCounts();
  perCluster = new Map<string, { ready: boolean; counts: Counts }>();
  worst: { rank: number; message: string; state: BundleState } = { rank: 0, message: '', state: 'Ready' };
  add(bd: BD, c: ClusterModel): void {
    const state = bundleDeploymentState(bd);
    addToSummary(this.summary, state, nonReadyEntry(bd.metadata.name, bd));
    addCounts(this.counts, bd.status?.resourceCounts);
    const k = `${c.ws}/${c.name}`;
    const pc = this.perCluster.get(k) ?? { ready: true, counts: emptyCounts() };
    pc.ready &&= state === 'Ready';
    addCounts(pc.counts, bd.status?.resourceCounts);
    this.perCluster.set(k, pc);
    if (stateRank(state) > this.worst.rank) this.worst = { rank: stateRank(state), message: bundleDeploymentMessage(bd), state };
  }
  status(repo: RepoModel, commit: string, previousCommit: string, nowMs: number): Json {
    const s = this.summary;
    const readyClusters = [...this.perCluster.values()].filter((p) => p.ready).length;
    const msg = readyConditionMessage(s, 'Bundle');
    const display: Json = { readyBundleDeployments: `${s.ready}/${s.desiredReady}` };
    if (this.worst.state !== 'Ready') display.state = this.worst.state;
    if (this.worst.state !== 'Ready' && this.worst.message) {
      display.message = this.worst.message;
      display.error = true;
    }
    if (repo.git.jobStatus !== 'Current') display.state = 'GitUpdating';
    const polled = nowMs - 12_000;
    const conditions = [
      cond('Ready', msg === '', nowMs, msg),
      cond('GitPolling', repo.git.pollingError === undefined, polled, repo.git.pollingError),
      { ...cond('Reconciling', false, nowMs), status: repo.git.jobStatus === 'InProgress' ? 'True' : 'False' },
      repo.git.stalled || repo.git.pollingError
        ? { ...cond('Stalled', true, nowMs), reason: 'Stalled', message: repo.git.stalled ?? repo.git.pollingError }
        : cond('Stalled', false, nowMs),
      cond('Accepted', true, nowMs),
    ];
    const st: Json = {
      observedGeneration: repo.generation,
      updateGeneration: 0,
      commit: repo.git.jobStatus === 'InProgress' ? previousCommit : commit,
      pollingCommit: commit,
      lastPollingTriggered: rfc3339(polled),
      gitJobStatus: repo.git.jobStatus,
      readyClusters,
      desiredReadyClusters: this.perCluster.size,
      summary: s,
      display,
      conditions,
      resourceCounts: this.counts,
    };
    if (this.perCluster.size > 0 && this.perCluster.size <= 1000) {
      st.perClusterResourceCounts = Object.fromEntries([...this.perCluster].map(([k, v]) => [k, v.counts]));
    }
    return st;
  }
}

/** Cluster.status from the BDs in its namespace (names = BD name). */
export class ClusterAcc {
  summary: BundleSummary = emptySummary();
  counts = emptyCounts();
  repos = new Map<string, boolean>();
  constructor(readonly cluster: ClusterModel) {}
  add(bd: BD, repoName?: string): void {
    const state = bundleDeploymentState(bd);
    addToSummary(this.summary, state, nonReadyEntry(bd.metadata.name, bd));
    addCounts(this.counts, bd.status?.resourceCounts);
    if (repoName) this.repos.set(repoName, (this.repos.get(repoName) ?? true) && state === 'Ready');
  }
  status(nowMs: number, agentStatus: Json): Json {
    const c = this.cluster;
    const s = this.summary;
    const msg = readyConditionMessage(s, 'Bundle');
    const state = c.lastSeenAgoSec === null ? 'WaitCheckIn' : summaryState(s);
    const display: Json = { readyBundles: `${s.ready}/${s.desiredReady}` };
    if (state !== 'Ready') display.state = state;
    return {
      ...agentStatus,
      namespace: c.namespace,
      summary: s,
      resourceCounts: this.counts,
      readyGitRepos: [...this.repos.values()].filter(Boolean).length,
      desiredReadyGitRepos: this.repos.size,
      display,
      conditions: [cond('Processed', true, nowMs), cond('Ready', msg === '', nowMs, msg)],
    };
  }
}

/** ClusterGroup.status: merge of member clusters' summaries (Fleet's summary.Increment). */
export function groupStatus(g: GroupModel, members: ClusterAcc[], nowMs: number): Json {
  let summary = emptySummary();
  const counts = emptyCounts();
  const nonReady: string[] = [];
  let nonReadyCount = 0;
  for (const m of members) {
    summary = mergeSummaries(summary, m.summary);
    addCounts(counts, m.counts);
    if (!isSummaryReady(m.summary)) {
      nonReadyCount++;
      if (nonReady.length < 10) nonReady.push(m.cluster.name);
    }
  }
  const msg = readyConditionMessage(summary, 'Bundle');
  const state = summaryState(summary);
  let readyClusters = `${members.length - nonReadyCount}/${members.length}`;
  if (nonReady.length > 0) readyClusters += ` (${nonReady.join(',')})`;
  const display: Json = { readyClusters, readyBundles: `${summary.ready}/${summary.desiredReady}` };
  if (state !== 'Ready') display.state = state;
  void g;
  return {
    clusterCount: members.length,
    nonReadyClusterCount: nonReadyCount,
    nonReadyClusters: nonReady,
    summary,
    display,
    resourceCounts: counts,
    conditions: [cond('Processed', true, nowMs), cond('Ready', msg === '', nowMs, msg)],
  };
}
