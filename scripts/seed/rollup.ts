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
import { cond, readyCond, rfc3339, type Condition, type Json } from './bd';
import type { ClusterModel, GroupModel, RepoModel } from './model';
import { stagedPartitions, type StagedTarget } from './staged-rollout';

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
  /** Each target's state, for a staged rollout's partitions. */
  targets: StagedTarget[] = [];
  add(bd: BD, c: ClusterModel): BundleState {
    const state = bundleDeploymentState(bd);
    addToSummary(this.summary, state, nonReadyEntry(`${c.ws}/${c.name}`, bd));
    if (state !== 'Ready') this.unavailable++;
    this.targets.push({ name: `${c.ws}/${c.name}`, state });
    return state;
  }
  addPending(c: ClusterModel): void {
    addToSummary(this.summary, 'Pending', { name: `${c.ws}/${c.name}` });
    this.unavailable++;
    this.targets.push({ name: `${c.ws}/${c.name}`, state: 'Pending' });
  }
  /**
   * Bundle.status as bundle_controller.go writes it: only a Ready condition. With `error` (a targeting error) the
   * controller stopped before resetStatus/updateDisplay: Ready=False reason Error, no summary, an empty display and
   * observedGeneration still 0. Otherwise observedGeneration is the Bundle's generation (status.ts writes it).
   */
  status(nowMs: number, resourcesSha: string, error?: string, staged?: Parameters<typeof stagedPartitions>[1]): Json {
    if (error) {
      return { conditions: [cond('Ready', false, nowMs, error)], summary: emptySummary(), display: {}, unavailable: 0, unavailablePartitions: 0, maxUnavailable: 0, maxUnavailablePartitions: 0, observedGeneration: 0 };
    }
    const s = this.summary;
    const msg = readyConditionMessage(s, 'Cluster');
    const state = summaryState(s);
    const count = s.desiredReady;
    const st: Json = {
      conditions: [readyCond(msg, nowMs)],
      summary: s,
      display: state === 'Ready' ? { readyClusters: `${s.ready}/${count}` } : { readyClusters: `${s.ready}/${count}`, state },
      unavailable: this.unavailable,
      unavailablePartitions: 0,
      maxUnavailable: count,
      maxUnavailablePartitions: 0,
      observedGeneration: 0,
      resourcesSha256Sum: resourcesSha,
    };
    // Fleet auto-partitions above 200 targets; below that one partition holds every target.
    if (count > 0 && count <= 200) st.partitions = [{ name: 'All', count, maxUnavailable: count, unavailable: this.unavailable, summary: s }];
    return staged ? { ...st, ...stagedPartitions(this.targets, staged) } : st;
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
  /**
   * GitRepo.status as gitjob_controller.go, polling_job.go and status_controller.go leave it. `bundleReady`: the
   * first Bundle's Ready=False condition, which setReadyStatusFromBundle copies over the GitRepo's own. The commit
   * is the one being deployed (the controller sets it before creating the job). observedGeneration is written by
   * status.ts from the object's generation.
   */
  status(repo: RepoModel, commit: string, nowMs: number, bundleReady?: Condition): Json {
    const s = this.summary;
    const readyClusters = [...this.perCluster.values()].filter((p) => p.ready).length;
    const msg = readyConditionMessage(s, 'Bundle');
    const display: Json = { readyBundleDeployments: `${s.ready}/${s.desiredReady}` };
    if (this.worst.state !== 'Ready') display.state = this.worst.state;
    if (this.worst.state !== 'Ready' && this.worst.message) {
      display.message = this.worst.message;
      display.error = true;
    }
    const polled = nowMs - 12_000;
    const ready = bundleReady ?? readyCond(msg, nowMs);
    if (repo.git.notAccepted) {
      // updateErrorStatus: Accepted=False and the status fields restored to before the attempt (no commit, no
      // job status, observedGeneration 0); the status controller still writes Ready and GitUpdating ("" != "Current").
      return {
        observedGeneration: 0,
        pollingCommit: commit,
        lastPollingTriggered: rfc3339(polled),
        readyClusters: 0,
        desiredReadyClusters: 0,
        summary: s,
        display: { ...display, state: 'GitUpdating' },
        conditions: [ready, cond('GitPolling', true, polled), cond('Accepted', false, nowMs, repo.git.notAccepted)],
        resourceCounts: this.counts,
      };
    }
    if (repo.git.jobStatus !== 'Current') display.state = 'GitUpdating';
    const stalled = repo.git.stalled ?? repo.git.pollingError;
    const conditions = [
      ready,
      cond('GitPolling', repo.git.pollingError === undefined, polled, repo.git.pollingError),
      // wrangler kstatus: SetTransitioning → Reconciling True, reason "Reconciling"; SetError → Stalled True, reason "Stalled".
      repo.git.jobStatus === 'InProgress' ? { ...cond('Reconciling', true, nowMs), reason: 'Reconciling' } : cond('Reconciling', false, nowMs),
      stalled ? { ...cond('Stalled', true, nowMs), reason: 'Stalled', message: stalled } : cond('Stalled', false, nowMs),
      cond('Accepted', true, nowMs),
    ];
    const st: Json = {
      observedGeneration: 0,
      commit,
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
      conditions: [cond('Processed', true, nowMs), readyCond(msg, nowMs)],
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
    conditions: [cond('Processed', true, nowMs), readyCond(msg, nowMs)],
  };
}
