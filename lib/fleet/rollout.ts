// A Bundle's staged rollout as a model a picture can draw. Sources, github.com/rancher/fleet v0.16.0:
// spec.rolloutStrategy (pkg/apis/fleet.cattle.io/v1alpha1/bundle_types.go RolloutStrategy) and
// status.partitions / unavailable / unavailablePartitions / maxUnavailable /
// maxUnavailablePartitions / newlyCreated, written by internal/cmd/controller/target/partition.go
// UpdatePartitions: partitions are walked in order; in each, clusters move to the new deployment
// while the bundle-wide and the partition's unavailable counts stay below their maximum; a
// partition whose unavailable count exceeds its maxUnavailable counts as unavailable, and once more
// partitions are unavailable than maxUnavailablePartitions the walk stops, so later partitions wait.
// A partition's "unavailable" counts clusters not yet up to date or not ready (status.go
// updatePartitionStatus). Defaults (target.go): maxUnavailable 100%, maxUnavailablePartitions 0,
// autoPartitionSize 25%, autoPartitionThreshold 200 clusters, maxNew 50. Manual partitions only
// hold the clusters their selectors match: a targeted cluster in no partition is never updated.
import { z } from 'zod';
import { BUNDLE_STATES, BundleStateSchema, type BundleState } from './state';

type IntOrString = number | string;

export interface RolloutStrategyLike {
  maxUnavailable?: IntOrString;
  maxUnavailablePartitions?: IntOrString;
  autoPartitionSize?: IntOrString;
  autoPartitionThreshold?: number;
  maxNew?: number;
  partitions?: readonly { name?: string; maxUnavailable?: IntOrString; clusterName?: string; clusterGroup?: string }[];
}

interface SummaryLike {
  ready?: number;
  desiredReady?: number;
  notReady?: number;
  waitApplied?: number;
  errApplied?: number;
  outOfSync?: number;
  modified?: number;
  pending?: number;
}

export interface BundleLike {
  metadata: { name: string; namespace?: string };
  spec: { rolloutStrategy?: RolloutStrategyLike | null };
  status?: {
    newlyCreated?: number;
    unavailable?: number;
    unavailablePartitions?: number;
    maxUnavailable?: number;
    maxUnavailablePartitions?: number;
    partitions?: readonly { name?: string; count?: number; maxUnavailable?: number; unavailable?: number; summary?: SummaryLike }[] | null;
    summary?: SummaryLike;
  } | null;
}

export const ROLLOUT_DEFAULTS = { maxUnavailable: '100%', maxUnavailablePartitions: 0, autoPartitionSize: '25%', autoPartitionThreshold: 200, maxNew: 50 } as const;

/** Fleet's `limit`: an int (clamped to 0..count) or a percentage of count rounded down, at least 1. */
export function rolloutLimit(count: number, value: IntOrString | undefined, fallback: IntOrString): number {
  if (count <= 0) return 1;
  const v = value ?? fallback;
  if (typeof v === 'number') return Math.max(0, Math.min(v, count));
  if (/^-?\d+$/.test(v)) {
    const i = Number(v);
    if (i > 0) return i;
  }
  if (!v.endsWith('%')) return NaN;
  const pct = Number.parseFloat(v.slice(0, -1));
  if (!(pct > 0)) return 1;
  const i = Math.floor((count * pct) / 100);
  return Math.min(Math.max(i, 1), count);
}

export type PartitionPhase = 'done' | 'rolling' | 'blocking' | 'waiting';

export interface RolloutPartition {
  index: number;
  name: string;
  /** Clusters in the partition. */
  count: number;
  maxUnavailable: number;
  unavailable: number;
  /** Clusters per BundleState (from the partition's summary; Ready = count minus the others when Fleet omits it). */
  states: Record<BundleState, number>;
  phase: PartitionPhase;
}

export interface RolloutModel {
  mode: 'manual' | 'auto' | 'single';
  /** The strategy in words, defaults spelled out. */
  strategy: string[];
  partitions: RolloutPartition[];
  /** Index of the partition the rollout is working on (first not done and not waiting), or undefined. */
  advancing?: number;
  unavailable: number;
  maxUnavailable: number;
  unavailablePartitions: number;
  maxUnavailablePartitions: number;
  newlyCreated: number;
  maxNew: number;
  done: boolean;
  /** Why the rollout does not advance, when it stopped at a partition. */
  blockedReason?: string;
}

function statesOf(count: number, s: SummaryLike | undefined): Record<BundleState, number> {
  const out = Object.fromEntries(BUNDLE_STATES.map((b) => [b, 0])) as Record<BundleState, number>;
  out.NotReady = s?.notReady ?? 0;
  out.WaitApplied = s?.waitApplied ?? 0;
  out.ErrApplied = s?.errApplied ?? 0;
  out.OutOfSync = s?.outOfSync ?? 0;
  out.Modified = s?.modified ?? 0;
  out.Pending = s?.pending ?? 0;
  const others = out.NotReady + out.WaitApplied + out.ErrApplied + out.OutOfSync + out.Modified + out.Pending;
  out.Ready = s?.ready ?? Math.max(0, count - others);
  return out;
}

const fmt = (v: IntOrString | undefined, d: IntOrString) => (v === undefined ? `${d} (default)` : String(v));

export function rolloutModel(b: BundleLike): RolloutModel {
  const rs = b.spec.rolloutStrategy ?? {};
  const st = b.status ?? {};
  const manual = (rs.partitions?.length ?? 0) > 0;
  const list = st.partitions ?? [];
  const mode: RolloutModel['mode'] = manual ? 'manual' : list.length > 1 ? 'auto' : 'single';
  const maxUnavailablePartitions = st.maxUnavailablePartitions ?? 0;

  const strategy = [
    `At most ${fmt(rs.maxUnavailable, ROLLOUT_DEFAULTS.maxUnavailable)} of the clusters may be unavailable while updating.`,
    `At most ${fmt(rs.maxUnavailablePartitions, ROLLOUT_DEFAULTS.maxUnavailablePartitions)} partitions may be unavailable before later partitions wait.`,
    manual
      ? `${rs.partitions!.length} partitions defined by hand; clusters in none of them are not updated.`
      : `Partitions of ${fmt(rs.autoPartitionSize, ROLLOUT_DEFAULTS.autoPartitionSize)} of the clusters, once ${rs.autoPartitionThreshold ?? ROLLOUT_DEFAULTS.autoPartitionThreshold} or more clusters are targeted.`,
    `At most ${rs.maxNew ?? ROLLOUT_DEFAULTS.maxNew} new deployments are created per pass.`,
  ];

  // Replay the walk of UpdatePartitions over the reported counts.
  let unavailableParts = 0;
  let stopped = false;
  let blockedReason: string | undefined;
  const partitions = list.map((p, index): RolloutPartition => {
    const count = p.count ?? 0;
    const unavailable = p.unavailable ?? 0;
    const maxU = p.maxUnavailable ?? 0;
    let phase: PartitionPhase;
    if (stopped) phase = 'waiting';
    else {
      phase = unavailable === 0 ? 'done' : 'rolling';
      if (unavailable > maxU) unavailableParts++;
      if (unavailableParts > maxUnavailablePartitions) {
        stopped = true;
        phase = 'blocking';
        // Fleet names automatic partitions "Partition <from> - <to>" (target/rollout.go autoPartition).
        const name = !p.name ? `Partition #${index + 1}` : /^Partition /.test(p.name) ? p.name : `Partition ${p.name}`;
        blockedReason = `${name} has ${unavailable} of ${count} clusters unavailable (allowed: ${maxU}); later partitions wait until it recovers.`;
      }
    }
    return { index, name: p.name || `Partition ${index + 1}`, count, maxUnavailable: maxU, unavailable, states: statesOf(count, p.summary), phase };
  });
  const advancing = partitions.find((p) => p.phase === 'rolling' || p.phase === 'blocking')?.index;
  const done = partitions.length > 0 && partitions.every((p) => p.phase === 'done');
  return {
    mode,
    strategy,
    partitions,
    advancing,
    unavailable: st.unavailable ?? 0,
    maxUnavailable: st.maxUnavailable ?? 0,
    unavailablePartitions: st.unavailablePartitions ?? 0,
    maxUnavailablePartitions,
    newlyCreated: st.newlyCreated ?? 0,
    maxNew: rs.maxNew ?? ROLLOUT_DEFAULTS.maxNew,
    done,
    ...(blockedReason && !done && { blockedReason }),
  };
}

/** Field errors for a rollout strategy input (int or percentage; Fleet refuses anything else). */
export function intOrPercentError(v: string): string | undefined {
  if (v === '') return undefined;
  if (/^\d+$/.test(v) || /^\d+(\.\d+)?%$/.test(v)) return undefined;
  return 'Use a whole number (e.g. 2) or a percentage (e.g. 25%)';
}

const count = z.number().int();
/** The model as the Bundle detail API sends it (checked in the browser like every answer). */
export const RolloutModelSchema = z.object({
  mode: z.enum(['manual', 'auto', 'single']),
  strategy: z.array(z.string()),
  partitions: z.array(
    z.object({
      index: count,
      name: z.string(),
      count,
      maxUnavailable: count,
      unavailable: count,
      states: z.record(BundleStateSchema, count),
      phase: z.enum(['done', 'rolling', 'blocking', 'waiting']),
    }),
  ),
  advancing: count.optional(),
  unavailable: count,
  maxUnavailable: count,
  unavailablePartitions: count,
  maxUnavailablePartitions: count,
  newlyCreated: count,
  maxNew: count,
  done: z.boolean(),
  blockedReason: z.string().optional(),
}) satisfies z.ZodType<RolloutModel>;
