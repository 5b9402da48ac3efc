// The state the dashboard shows for a GitRepo, HelmOp or Bundle: one pure derivation used by every badge, filter,
// sort and count. status.display.state alone is not enough: Fleet leaves it empty whenever every BundleDeployment is
// Ready, including when there are none yet, when the git job or polling fails, when the object was refused, or
// before any controller has looked at it. Sources (github.com/rancher/fleet v0.16.0):
// - internal/cmd/controller/status/status.go SetFields: display.state = worst BundleDeployment state, "" if Ready;
// - internal/cmd/controller/gitops/reconciler/status_controller.go: display.state "GitUpdating" while
//   gitJobStatus != "Current" (also when the job Failed), a Bundle's Ready=False copied onto the GitRepo;
// - .../gitops/reconciler/gitjob_controller.go: observedGeneration, gitJobStatus (kstatus of the job), Reconciling/
//   Stalled via wrangler kstatus, Accepted=False (reason Error) on setup errors;
// - .../gitops/reconciler/polling_job.go: GitPolling=False and Stalled=True when ls-remote fails;
// - internal/cmd/controller/helmops/reconciler: Accepted, Polled, Stalled; no observedGeneration;
// - internal/cmd/controller/reconciler/bundle_controller.go: Ready=False (reason Error) on targeting and
//   other errors, status.observedGeneration once a generation is processed.
// Rancher's own pages read these the same way (wrangler pkg/summary: Stalled=True or reason Error → error,
// Reconciling=True → transitioning, observedGeneration behind → in-progress).
import { z } from 'zod';
import { isBundleState, summaryState, worstState, type BundleState, type BundleSummary } from './state';

/**
 * Ascending severity; Fleet's BundleStates keep their relative order (StateRank). NotProcessed: no controller has
 * handled the current generation yet. GitUpdating: the git job is running. Error: Fleet could not process the object
 * (Stalled, not Accepted, polling failed, Ready=False without a failing deployment).
 */
export const OBJECT_STATES = ['Ready', 'NotProcessed', 'GitUpdating', 'NotReady', 'Pending', 'OutOfSync', 'Modified', 'WaitApplied', 'ErrApplied', 'Error'] as const;
export type ObjectState = (typeof OBJECT_STATES)[number];
export const ObjectStateSchema = z.enum(OBJECT_STATES);
export const OBJECT_STATES_WORST_FIRST: readonly ObjectState[] = [...OBJECT_STATES].reverse();

export function isObjectState(s: unknown): s is ObjectState {
  return typeof s === 'string' && (OBJECT_STATES as readonly string[]).includes(s);
}

export function objectStateRank(s: ObjectState): number {
  return OBJECT_STATES.indexOf(s) + 1;
}

export interface DerivedState {
  state: ObjectState;
  /** Why, in Fleet's words when it said something (condition or display message). */
  message?: string;
}

interface Cond {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

interface StatusLike {
  observedGeneration?: number;
  conditions?: readonly Cond[] | null;
  display?: { state?: string; message?: string } | null;
  summary?: BundleSummary;
  gitJobStatus?: string;
  commit?: string;
}

export interface ObjectLike {
  metadata: { generation?: number };
  status?: StatusLike | null;
}

const cond = (st: StatusLike, type: string) => st.conditions?.find((c) => c.type === type);
const isFalse = (c: Cond | undefined): c is Cond => c?.status === 'False';
const isTrue = (c: Cond | undefined): c is Cond => c?.status === 'True';
const words = (...m: (string | undefined)[]) => m.find((x) => x !== undefined && x.trim() !== '') || undefined;

/** A status with nothing a controller writes (the API server stores `status: {}` for a new object). */
function unwritten(st: StatusLike | null | undefined): st is null | undefined {
  return !st || Object.keys(st).length === 0;
}

/** Worst of display.state (when it is a BundleState) and the summary counters: both come from the BundleDeployments. */
function deploymentsState(st: StatusLike): BundleState {
  const d = st.display?.state;
  return worstState([summaryState(st.summary), ...(isBundleState(d) ? [d] : [])]) ?? 'Ready';
}

/** The deployment state, unless Ready=False says something is wrong that no deployment state explains. */
function fromDeployments(st: StatusLike): DerivedState {
  const state = deploymentsState(st);
  const ready = cond(st, 'Ready');
  if (state === 'Ready') {
    if (isFalse(ready)) return { state: 'Error', message: words(ready.message, 'Fleet reports this object as not ready') };
    return { state };
  }
  return { state, message: words(st.display?.message, ready?.status === 'False' ? ready.message : undefined) };
}

function behind(o: ObjectLike, st: StatusLike): DerivedState | undefined {
  const gen = o.metadata.generation;
  const seen = st.observedGeneration ?? 0;
  if (gen !== undefined && seen < gen) return { state: 'NotProcessed', message: `Fleet has not processed the latest change yet (generation ${gen}, observed ${seen})` };
  return undefined;
}

const NEW = 'Fleet has not processed this object yet';

/** GitRepo: refusal and git failures first (they stop everything after them), then progress, then deployments. */
export function gitRepoState(g: ObjectLike): DerivedState {
  const st = g.status;
  if (unwritten(st)) return { state: 'NotProcessed', message: NEW };
  const accepted = cond(st, 'Accepted');
  if (isFalse(accepted)) return { state: 'Error', message: words(accepted.message, 'Fleet did not accept this GitRepo') };
  const pending = behind(g, st);
  if (pending) return pending;
  const stalled = cond(st, 'Stalled');
  if (isTrue(stalled)) return { state: 'Error', message: words(stalled.message, 'Stalled') };
  if (st.gitJobStatus === 'Failed') return { state: 'Error', message: 'The git job failed' };
  // GitPolling stays False after the git job controller has reset Stalled (kstatus.SetActive).
  const polling = cond(st, 'GitPolling');
  if (isFalse(polling)) return { state: 'Error', message: words(polling.message, 'Polling the repository failed') };
  const reconciling = cond(st, 'Reconciling');
  if (isTrue(reconciling) || st.gitJobStatus === 'InProgress' || st.gitJobStatus === 'Terminating' || st.display?.state === 'GitUpdating') {
    return { state: 'GitUpdating', message: words(reconciling?.message, 'Fleet is reading the repository and updating its bundles') };
  }
  const d = fromDeployments(st);
  if (d.state === 'Ready' && !st.commit) return { state: 'NotProcessed', message: 'Fleet has not read a commit from the repository yet' };
  return d;
}

/** HelmOp: Accepted, Polled and Stalled carry errors; HelmOps have no observedGeneration. */
export function helmOpState(h: ObjectLike): DerivedState {
  const st = h.status;
  if (unwritten(st)) return { state: 'NotProcessed', message: NEW };
  for (const type of ['Accepted', 'Polled'] as const) {
    const c = cond(st, type);
    if (isFalse(c)) return { state: 'Error', message: words(c.message, `${type} is False`) };
  }
  const stalled = cond(st, 'Stalled');
  if (isTrue(stalled)) return { state: 'Error', message: words(stalled.message, 'Stalled') };
  return fromDeployments(st);
}

/** Bundle: Ready=False without a failing target is a processing error (targeting, values, policy). */
export function bundleObjectState(b: ObjectLike): DerivedState {
  const st = b.status;
  if (unwritten(st)) return { state: 'NotProcessed', message: NEW };
  const d = fromDeployments(st);
  if (d.state === 'Error') return d;
  return behind(b, st) ?? d;
}
