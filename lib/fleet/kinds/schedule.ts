// Schedule (schedules, namespaced; Fleet >= v0.14): a deployment window for the clusters it targets
// (pkg/apis/fleet.cattle.io/v1alpha1/schedule_types.go in github.com/rancher/fleet v0.16.0). Only
// reconciled when the controller runs with EXPERIMENTAL_SCHEDULES=true. While a targeted cluster is
// outside every window (Cluster status.scheduled && !status.activeSchedule), Fleet sets
// spec.offSchedule on its BundleDeployments and the agent does not apply changes.
import { z } from 'zod';
import { ConditionSchema, FLEET_GROUP, FLEET_VERSION, TargetFieldsSchema, TimeSchema, fleetObjectSchema, type FleetKindInfo } from './common';

export const ScheduleSpecSchema = z.looseObject({
  /** Quartz cron expression with seconds (go-quartz): lib/fleet/schedule/cron.ts. */
  schedule: z.string().optional(),
  /** Go duration: how long each window stays open. */
  duration: z.string().optional(),
  /** IANA time zone; empty = the controller's local zone. */
  location: z.string().optional(),
  targets: z.looseObject({ clusters: z.array(TargetFieldsSchema.loose()).nullish() }).optional(),
});
export type ScheduleSpec = z.infer<typeof ScheduleSpecSchema>;

export const ScheduleSchema = fleetObjectSchema({
  spec: ScheduleSpecSchema,
  status: z
    .looseObject({
      /** True while a window is open. */
      active: z.boolean().optional(),
      nextStartTime: TimeSchema,
      /** Ready=False carries parse and overlap errors (setScheduleReadyCondition). */
      conditions: z.array(ConditionSchema).nullish(),
      matchingClusters: z.array(z.string()).nullish(),
    })
    .optional(),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

export const ScheduleKind = {
  kind: 'Schedule',
  plural: 'schedules',
  group: FLEET_GROUP,
  version: FLEET_VERSION,
  namespaced: true,
  schema: ScheduleSchema,
} as const satisfies FleetKindInfo;

/** The controller environment variable that enables Schedules (internal/experimental/experimental.go). */
export const SCHEDULES_FLAG = 'EXPERIMENTAL_SCHEDULES';
export const SCHEDULES_EXPERIMENTAL_NOTE =
  `Schedules are experimental in Fleet: the fleet-controller only acts on them when started with ${SCHEDULES_FLAG}=true. Without it, Schedules are stored but have no effect and their status stays empty.`;
