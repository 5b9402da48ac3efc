// Bundle.status partitions of a staged rollout, as internal/cmd/controller/target/rollout.go (autoPartition:
// partitions of autoPartitionSize targets named "Partition <from> - <to>", maxUnavailable per partition from the
// strategy) and partition.go / status.go (unavailable = not ready or not up to date) write them. Fleet orders
// targets by its own rules; the seed orders them so each phase of a rollout shows: partition i holds s - i ready
// targets while ready ones last, so the picture has a done, an advancing, a blocking and waiting partitions.
import { addToSummary, emptySummary, type BundleState } from '@/lib/fleet/state';
import { rolloutLimit } from '@/lib/fleet/rollout';
import type { Json } from './bd';

export interface StagedTarget {
  name: string;
  state: BundleState;
}

type Strategy = { maxUnavailable: number | string; maxUnavailablePartitions: number; autoPartitionSize: number };

export function stagedPartitions(targets: readonly StagedTarget[], rs: Strategy): Json {
  const ready = targets.filter((t) => t.state === 'Ready');
  const other = targets.filter((t) => t.state !== 'Ready');
  const size = Math.max(1, rs.autoPartitionSize);
  const partitions: Json[] = [];
  let unavailablePartitions = 0;
  let walking = true; // UpdatePartitions stops counting at the first partition past maxUnavailablePartitions
  for (let i = 0, offset = 0; offset < targets.length; i++, offset += size) {
    const n = Math.min(size, targets.length - offset);
    const members = [...ready.splice(0, Math.max(0, n - i))];
    members.push(...other.splice(0, n - members.length));
    if (members.length < n) members.push(...ready.splice(0, n - members.length));
    const summary = emptySummary();
    for (const m of members) addToSummary(summary, m.state, m.state === 'Ready' ? undefined : { name: m.name });
    const unavailable = members.filter((m) => m.state !== 'Ready').length;
    const maxUnavailable = rolloutLimit(n, rs.maxUnavailable, '100%');
    if (walking && unavailable > maxUnavailable) unavailablePartitions++;
    if (unavailablePartitions > rs.maxUnavailablePartitions) walking = false;
    partitions.push({ name: `Partition ${offset} - ${offset + n}`, count: n, maxUnavailable, unavailable, summary });
  }
  return {
    partitions,
    unavailablePartitions,
    maxUnavailable: rolloutLimit(targets.length, rs.maxUnavailable, '100%'),
    maxUnavailablePartitions: rs.maxUnavailablePartitions,
  };
}
