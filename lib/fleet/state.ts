// Bundle states, their precedence and BundleSummary arithmetic, mirroring Fleet's
// pkg/apis/.../bundle_types.go (StateRank) and internal/cmd/controller/summary/summary.go.
import { z } from 'zod';
import {
  modifiedStatusString,
  nonReadyStatusString,
  type ModifiedStatus,
  type NonReadyStatus,
} from './status-strings';

export type { ModifiedStatus, NonReadyStatus, ResourceSummary } from './status-strings';

/** Ascending severity: index + 1 === Fleet's StateRank. */
export const BUNDLE_STATES = ['Ready', 'NotReady', 'Pending', 'OutOfSync', 'Modified', 'WaitApplied', 'ErrApplied'] as const;
export type BundleState = (typeof BUNDLE_STATES)[number];
export const BundleStateSchema = z.enum(BUNDLE_STATES);

/** Worst first, the order the UI lists states in. */
export const BUNDLE_STATES_WORST_FIRST: readonly BundleState[] = [...BUNDLE_STATES].reverse();

export function isBundleState(s: unknown): s is BundleState {
  return typeof s === 'string' && (BUNDLE_STATES as readonly string[]).includes(s);
}

export function stateRank(s: BundleState): number {
  return BUNDLE_STATES.indexOf(s) + 1;
}

/** Highest-ranked state, or undefined for an empty input. */
export function worstState(states: Iterable<BundleState>): BundleState | undefined {
  let worst: BundleState | undefined;
  for (const s of states) if (worst === undefined || stateRank(s) > stateRank(worst)) worst = s;
  return worst;
}

interface Condition {
  type: string;
  status: string;
  message?: string;
}

export interface BundleDeploymentLike {
  spec?: { deploymentID?: string; stagedDeploymentID?: string };
  status?: { appliedDeploymentID?: string; ready?: boolean; nonModified?: boolean; conditions?: Condition[] };
}

/** GetDeploymentState; missing fields behave like Go zero values ("" / false). */
export function bundleDeploymentState(bd: BundleDeploymentLike): BundleState {
  const deploymentID = bd.spec?.deploymentID ?? '';
  const st = bd.status ?? {};
  if ((st.appliedDeploymentID ?? '') !== deploymentID) {
    const deployed = st.conditions?.find((c) => c.type === 'Deployed');
    return deployed?.status === 'False' ? 'ErrApplied' : 'WaitApplied';
  }
  if (!st.ready) return 'NotReady';
  if (deploymentID !== (bd.spec?.stagedDeploymentID ?? '')) return 'OutOfSync';
  if (!st.nonModified) return 'Modified';
  return 'Ready';
}

function conditionMessage(type: string, conds: Condition[] | undefined): string {
  return conds?.find((c) => c.type === type)?.message ?? '';
}

/** MessageFromDeployment (HEAD): Deployed, else Installed if it belongs to the current deployment, else Monitored. */
export function bundleDeploymentMessage(bd: BundleDeploymentLike): string {
  const conds = bd.status?.conditions;
  let msg = conditionMessage('Deployed', conds);
  if (msg === '' && (bd.status?.appliedDeploymentID ?? '') === (bd.spec?.deploymentID ?? '')) {
    msg = conditionMessage('Installed', conds);
  }
  if (msg === '') msg = conditionMessage('Monitored', conds);
  return msg;
}

export interface NonReadyResource {
  name: string;
  /** JSON key is `bundleState`, not `state`. */
  bundleState: BundleState;
  message?: string;
  modifiedStatus?: ModifiedStatus[];
  nonReadyStatus?: NonReadyStatus[];
}

/** Counters other than ready/desiredReady are omitempty in Fleet's JSON: absent means 0. */
export interface BundleSummary {
  notReady?: number;
  waitApplied?: number;
  errApplied?: number;
  outOfSync?: number;
  modified?: number;
  ready: number;
  pending?: number;
  desiredReady: number;
  nonReadyResources?: NonReadyResource[];
}

type CounterKey = 'ready' | 'notReady' | 'pending' | 'outOfSync' | 'modified' | 'waitApplied' | 'errApplied';

/** JSON counter field per state. */
export const SUMMARY_COUNTER_KEY: Readonly<Record<BundleState, CounterKey>> = {
  Ready: 'ready',
  NotReady: 'notReady',
  Pending: 'pending',
  OutOfSync: 'outOfSync',
  Modified: 'modified',
  WaitApplied: 'waitApplied',
  ErrApplied: 'errApplied',
};

/** Fleet stores at most this many entries in summary.nonReadyResources. */
export const MAX_NON_READY_RESOURCES = 10;

export function emptySummary(): BundleSummary {
  return { ready: 0, desiredReady: 0 };
}

export function summaryCount(summary: BundleSummary | undefined, state: BundleState): number {
  return summary?.[SUMMARY_COUNTER_KEY[state]] ?? 0;
}

/**
 * IncrementState + the caller's desiredReady++. Like Fleet, a non-Ready entry is only recorded
 * when it has a name and the list holds fewer than 10 entries; the counter always moves.
 */
export function addToSummary(
  summary: BundleSummary,
  state: BundleState,
  nonReady?: Omit<NonReadyResource, 'bundleState'>,
): void {
  const key = SUMMARY_COUNTER_KEY[state];
  summary[key] = (summary[key] ?? 0) + 1;
  summary.desiredReady += 1;
  if (state === 'Ready' || !nonReady || nonReady.name === '') return;
  const list = (summary.nonReadyResources ??= []);
  if (list.length < MAX_NON_READY_RESOURCES) list.push({ ...nonReady, bundleState: state });
}

/**
 * Worst state with a non-zero counter (Fleet's display.state only looks at the capped
 * nonReadyResources list; counters are complete). The list is consulted too, in case a
 * producer filled it without counters. 'Ready' when nothing is non-ready.
 */
export function summaryState(summary: BundleSummary | undefined): BundleState {
  if (!summary) return 'Ready';
  const present = BUNDLE_STATES.filter((s) => s !== 'Ready' && summaryCount(summary, s) > 0);
  const listed = (summary.nonReadyResources ?? []).map((r) => r.bundleState).filter(isBundleState);
  return worstState([...present, ...listed]) ?? 'Ready';
}

/** Fleet's IsReady. A missing summary is the Go zero value (0 === 0), hence ready. */
export function isSummaryReady(s: BundleSummary | undefined): boolean {
  return (s?.desiredReady ?? 0) === (s?.ready ?? 0);
}

// Go's sort.Strings compares bytes; for the ASCII these messages contain, code-unit order is identical.
function goStringCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Fleet's ReadyMessage, i.e. the Ready condition message:
 * "<State>(<count>) [<Kind> <name>: <msg>]" for the FIRST listed resource of each state with a
 * positive counter, plus up to 4 modified and 4 non-ready resource lines each, all sorted and
 * joined by "; ". '' means Ready=True. Quirk kept: a state whose resources fell off the capped
 * list contributes nothing. kindName is "Cluster" for Bundles, "Bundle" for GitRepo/HelmOp/Cluster/ClusterGroup.
 */
export function readyConditionMessage(summary: BundleSummary | undefined, kindName = 'Bundle'): string {
  if (!summary) return '';
  const messages: string[] = [];
  for (const state of BUNDLE_STATES) {
    if (state === 'Ready') continue;
    const count = summaryCount(summary, state);
    if (count <= 0) continue;
    const r = summary.nonReadyResources?.find((v) => v.bundleState === state);
    if (!r) continue;
    messages.push(
      r.message
        ? `${state}(${count}) [${kindName} ${r.name}: ${r.message}]`
        : `${state}(${count}) [${kindName} ${r.name}]`,
    );
    for (const m of (r.modifiedStatus ?? []).slice(0, 4)) messages.push(modifiedStatusString(m));
    for (const n of (r.nonReadyStatus ?? []).slice(0, 4)) messages.push(nonReadyStatusString(n));
  }
  return messages.sort(goStringCompare).join('; ');
}

/**
 * Fleet's summary.Increment as a pure function. Quirk kept: b's whole list is appended while a's
 * list is below 10, so the merged list can exceed 10 (ClusterGroup summaries do).
 */
export function mergeSummaries(a: BundleSummary | undefined, b: BundleSummary | undefined): BundleSummary {
  const out = emptySummary();
  for (const state of BUNDLE_STATES) {
    const n = summaryCount(a, state) + summaryCount(b, state);
    if (n > 0 || state === 'Ready') out[SUMMARY_COUNTER_KEY[state]] = n;
  }
  out.desiredReady = (a?.desiredReady ?? 0) + (b?.desiredReady ?? 0);
  const left = [...(a?.nonReadyResources ?? [])];
  const right = b?.nonReadyResources ?? [];
  const list = left.length < MAX_NON_READY_RESOURCES ? [...left, ...right] : left;
  if (list.length > 0) out.nonReadyResources = list;
  return out;
}
