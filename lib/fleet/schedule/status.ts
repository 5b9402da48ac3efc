// Reading what Fleet reports about Schedules, and where a deployment waits for its window.
// Schedule status (internal/cmd/controller/reconciler/cronduration_job.go, schedule_controller.go):
// active, nextStartTime (written when a window closes or the job is (re)scheduled), matchingClusters,
// Ready condition (False with the error when the expression, zone or duration is refused).
// Cluster status.scheduled (some Schedule targets it) and status.activeSchedule (a window is open);
// BundleDeployment spec.offSchedule = scheduled && !activeSchedule (target.go): the agent does not
// apply changes to it until the window opens. Fleet does not say WHICH Schedule gates a cluster:
// that is derived here from matchingClusters.
import type { Schedule } from '../kinds/schedule';
import { durationMs } from '../go-duration';
import { describeCron, nextWindows, type Window } from './cron';

export type ScheduleHealth = 'ok' | 'error' | 'not-reconciled';

export interface ScheduleView {
  description?: string;
  active: boolean;
  nextStart?: string;
  matchingClusters: string[];
  health: ScheduleHealth;
  /** Fleet's words when health is error; why nothing is reported otherwise. */
  message?: string;
  /** Windows computed from the spec (not reported by Fleet). */
  upcoming: Window[];
}

/** What a Schedule's detail and row show; `now` for the computed windows. */
export function scheduleView(s: Schedule, now: Date = new Date(), count = 5): ScheduleView {
  const st = s.status;
  const ready = st?.conditions?.find((c) => c.type === 'Ready');
  const ms = durationMs(s.spec.duration) ?? 0;
  const base = {
    description: describeCron(s.spec.schedule ?? ''),
    active: st?.active === true,
    nextStart: st?.nextStartTime ?? undefined,
    matchingClusters: [...(st?.matchingClusters ?? [])],
    upcoming: nextWindows(s.spec.schedule ?? '', ms, { timeZone: s.spec.location, from: now, count }),
  };
  if (ready?.status === 'False') return { ...base, health: 'error', message: ready.message || 'Fleet refused this Schedule' };
  if (!st || (!ready && !st.nextStartTime && !st.active)) {
    return { ...base, health: 'not-reconciled', message: 'Fleet has not processed this Schedule: schedules only work when the fleet-controller runs with EXPERIMENTAL_SCHEDULES=true' };
  }
  return { ...base, health: 'ok' };
}

export type ClusterWindowState = 'unscheduled' | 'in-window' | 'waiting';

/** A cluster's place in its schedules: not targeted, inside a window, or waiting for one. */
export function clusterWindowState(c: { status?: { scheduled?: boolean; activeSchedule?: boolean } | null }): ClusterWindowState {
  if (!c.status?.scheduled) return 'unscheduled';
  return c.status.activeSchedule ? 'in-window' : 'waiting';
}

/** True when the BundleDeployment waits for a deployment window (changes are held back). */
export function waitsForWindow(bd: { spec?: { offSchedule?: boolean } | null }): boolean {
  return bd.spec?.offSchedule === true;
}

/** Schedules (same namespace) that list the cluster among their matching clusters. */
export function schedulesOfCluster<S extends Pick<Schedule, 'metadata' | 'status'>>(cluster: { metadata: { name: string; namespace?: string } }, schedules: readonly S[]): S[] {
  return schedules.filter((s) => s.metadata.namespace === cluster.metadata.namespace && (s.status?.matchingClusters ?? []).includes(cluster.metadata.name));
}

/** Words for a waiting cluster/BundleDeployment: when its next window opens, if known. */
export function waitingText(schedules: readonly Pick<Schedule, 'metadata' | 'status'>[]): string {
  const next = schedules
    .map((s) => s.status?.nextStartTime)
    .filter((t): t is string => !!t)
    .sort()[0];
  return next ? `Waiting for its deployment window (next opens ${next})` : 'Waiting for its deployment window';
}
