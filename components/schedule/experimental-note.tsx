// Fleet only acts on Schedules when its controller runs with the experimental flag (internal/experimental in
// github.com/rancher/fleet v0.16.0): every Schedules page says so.
import { SCHEDULES_EXPERIMENTAL_NOTE } from '@/lib/fleet/kinds/schedule';

export function ExperimentalNote() {
  return (
    <p className="rounded-lg border border-amber-500/40 bg-amber-500/10 p-3 text-sm" role="note" data-testid="schedules-experimental">
      <span className="font-semibold">Experimental. </span>
      {SCHEDULES_EXPERIMENTAL_NOTE}
    </p>
  );
}
