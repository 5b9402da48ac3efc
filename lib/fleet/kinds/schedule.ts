// Schedule (schedules, namespaced; Fleet >= v0.14): pkg/apis/fleet.cattle.io/v1alpha1/schedule_types.go in Fleet v0.16.0.
import { z } from 'zod';
import { ConditionSchema, FLEET_GROUP, FLEET_VERSION, TargetFieldsSchema, TimeSchema, fleetObjectSchema, type FleetKindInfo } from './common';

export const ScheduleSchema = fleetObjectSchema({
  spec: z.looseObject({
    /** cron expression */
    schedule: z.string().optional(),
    duration: z.string().optional(),
    /** IANA time zone */
    location: z.string().optional(),
    targets: z.looseObject({ clusters: z.array(TargetFieldsSchema.loose()).optional() }).optional(),
  }),
  status: z
    .looseObject({
      active: z.boolean().optional(),
      nextStartTime: TimeSchema,
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
