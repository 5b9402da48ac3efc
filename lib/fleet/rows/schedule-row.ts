// A Schedule as the Schedules list and detail pages show it: the spec in words, what Fleet reports
// (active, next start, matching clusters, Ready condition) and the windows computed from the spec.
import { z } from 'zod';
import type { Schedule } from '../kinds/schedule';
import { scheduleToForm } from '../forms/schedule-form';
import { scheduleView } from '../schedule/status';
import { describeTargets, type Target } from '../targets';

const WindowSchema = z.object({ start: z.string(), end: z.string() });

export const ScheduleRowSchema = z.object({
  namespace: z.string(),
  name: z.string(),
  schedule: z.string(),
  description: z.string().optional(),
  duration: z.string(),
  location: z.string(),
  targets: z.string(),
  active: z.boolean(),
  nextStart: z.string().optional(),
  matchingClusters: z.array(z.string()),
  health: z.enum(['ok', 'error', 'not-reconciled']),
  message: z.string().optional(),
  /** The next window computed from the spec (Fleet reports only its start, nextStartTime). */
  nextWindow: WindowSchema.optional(),
  uid: z.string().optional(),
  resourceVersion: z.string().optional(),
});
export type ScheduleRow = z.infer<typeof ScheduleRowSchema>;

export const ScheduleListSchema = z.object({ items: z.array(ScheduleRowSchema) });

export const ScheduleDetailSchema = z.object({
  row: ScheduleRowSchema,
  upcoming: z.array(WindowSchema),
  conditions: z.array(z.object({ type: z.string(), status: z.string(), reason: z.string().optional(), message: z.string().optional(), lastUpdateTime: z.string().optional() })),
  /** The form values of this Schedule, for the edit page. */
  form: z.unknown(),
});
export type ScheduleDetail = z.infer<typeof ScheduleDetailSchema>;

export function toScheduleRow(s: Schedule, now: Date = new Date()): ScheduleRow {
  const v = scheduleView(s, now, 1);
  const w = v.upcoming[0];
  return {
    namespace: s.metadata.namespace ?? '',
    name: s.metadata.name,
    schedule: s.spec.schedule ?? '',
    ...(v.description && { description: v.description }),
    duration: s.spec.duration ?? '',
    location: s.spec.location ?? '',
    targets: describeTargets((s.spec.targets?.clusters ?? []) as Target[], 'bundle').join('; '),
    active: v.active,
    ...(v.nextStart && { nextStart: v.nextStart }),
    matchingClusters: v.matchingClusters,
    health: v.health,
    ...(v.message && { message: v.message }),
    ...(w && { nextWindow: { start: w.start.toISOString(), end: w.end.toISOString() } }),
    uid: s.metadata.uid,
    resourceVersion: s.metadata.resourceVersion,
  };
}

export function toScheduleDetail(s: Schedule, now: Date = new Date()): ScheduleDetail {
  return {
    row: toScheduleRow(s, now),
    upcoming: scheduleView(s, now, 5).upcoming.map((w) => ({ start: w.start.toISOString(), end: w.end.toISOString() })),
    conditions: (s.status?.conditions ?? []).map((c) => ({
      type: c.type,
      status: c.status,
      reason: c.reason || undefined,
      message: c.message || undefined,
      lastUpdateTime: c.lastUpdateTime ?? c.lastTransitionTime ?? undefined,
    })),
    form: scheduleToForm(s),
  };
}
