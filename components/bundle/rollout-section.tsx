// A Bundle's staged rollout as a picture: the strategy in words, then one row per partition (in Fleet's order) with
// a bar segmented by deployment state, the partition the rollout is working on marked "Advancing", a partition over
// its unavailable budget marked "Blocking" in red, and later ones "Waiting". Every bar has a text alternative and
// every row says its numbers in words, so colour is never the only cue. The model is lib/fleet/rollout.ts.
import type { RolloutModel, RolloutPartition } from '@/lib/fleet/rollout';
import { OBJECT_STATES, type ObjectState } from '@/lib/fleet/object-state';
import { StateBar } from '@/components/charts/state-bar';

const PHASE: Record<RolloutPartition['phase'], { label: string; cls: string }> = {
  done: { label: 'Done', cls: 'text-green-700 dark:text-green-300' },
  rolling: { label: 'Advancing', cls: 'text-accent' },
  blocking: { label: 'Blocking: too many unavailable', cls: 'text-danger' },
  waiting: { label: 'Waiting', cls: 'text-muted' },
};

const MODE: Record<RolloutModel['mode'], string> = {
  manual: 'Partitions defined in the bundle',
  auto: 'Partitions Fleet sized automatically',
  single: 'One partition (every targeted cluster)',
};

function counts(p: RolloutPartition): Record<ObjectState, number> {
  const out = Object.fromEntries(OBJECT_STATES.map((s) => [s, 0])) as Record<ObjectState, number>;
  for (const [s, n] of Object.entries(p.states)) out[s as ObjectState] = n;
  return out;
}

function headline(r: RolloutModel): string {
  if (r.partitions.length === 0) return 'Fleet has not reported any partition yet.';
  if (r.done) return 'Rollout complete: every partition is up to date and ready.';
  const p = r.advancing === undefined ? undefined : r.partitions[r.advancing];
  return p ? `${p.name} (${p.index + 1} of ${r.partitions.length}) is advancing.` : 'Waiting for deployments.';
}

export function RolloutSection({ rollout: r }: { rollout: RolloutModel }) {
  return (
    <section aria-labelledby="rollout-title" className="space-y-3 rounded-lg border border-border bg-surface p-4" data-testid="rollout-section" data-done={r.done}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id="rollout-title" className="text-base font-semibold">
          Rollout
        </h2>
        <span className="text-sm text-muted">{MODE[r.mode]}</span>
      </div>
      <p className="text-sm font-medium" data-testid="rollout-headline">
        {headline(r)}
      </p>
      {r.blockedReason && (
        <p role="status" className="rounded-md border border-danger/40 bg-danger/10 p-2 text-sm" data-testid="rollout-blocked">
          {r.blockedReason}
        </p>
      )}
      <dl className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-3" data-testid="rollout-numbers">
        <Num label="Unavailable clusters" value={r.unavailable} max={r.maxUnavailable} />
        <Num label="Unavailable partitions" value={r.unavailablePartitions} max={r.maxUnavailablePartitions} />
        <Num label="New deployments this pass" value={r.newlyCreated} max={r.maxNew} />
      </dl>
      <details className="text-sm">
        <summary className="cursor-pointer text-accent">Strategy</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-muted" data-testid="rollout-strategy">
          {r.strategy.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </details>
      {r.partitions.length > 0 && (
        <ol className="space-y-2" aria-label="Partitions in rollout order" data-testid="rollout-partitions">
          {r.partitions.map((p) => (
            <PartitionRow key={p.index} p={p} />
          ))}
        </ol>
      )}
    </section>
  );
}

function Num({ label, value, max }: { label: string; value: number; max: number }) {
  const over = value > max;
  return (
    <div className={`rounded-md p-2 ${over ? 'bg-danger/10' : 'bg-surface-2'}`}>
      <dt className="text-xs text-muted">{label}</dt>
      <dd className={`font-semibold tabular-nums ${over ? 'text-danger' : ''}`}>
        {value} <span className="font-normal text-muted">of at most {max}</span>
      </dd>
    </div>
  );
}

function PartitionRow({ p }: { p: RolloutPartition }) {
  const ph = PHASE[p.phase];
  const frame = p.phase === 'blocking' ? 'border-danger bg-danger/5 border-2' : p.phase === 'rolling' ? 'border-accent border-2' : p.phase === 'waiting' ? 'border-dashed border-border opacity-75' : 'border-border';
  const ready = p.states.Ready;
  return (
    <li className={`rounded-md border p-3 ${frame}`} data-testid="rollout-partition" data-phase={p.phase} aria-current={p.phase === 'rolling' || p.phase === 'blocking' ? 'step' : undefined}>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <span className="font-medium">
          <span className="text-muted">{p.index + 1}.</span> {p.name}
        </span>
        <span className={`text-sm font-medium ${ph.cls}`} data-testid="partition-phase">
          {p.phase === 'rolling' && <span aria-hidden="true">▶ </span>}
          {p.phase === 'blocking' && <span aria-hidden="true">⚠ </span>}
          {ph.label}
        </span>
      </div>
      <StateBar counts={counts(p)} total={p.count} label={`${p.name}: ${p.count} clusters`} />
      <p className="mt-1 text-xs text-muted" data-testid="partition-text">
        {ready} of {p.count} ready · {p.unavailable} unavailable (at most {p.maxUnavailable} allowed)
      </p>
    </li>
  );
}
