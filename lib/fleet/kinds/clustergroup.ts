// ClusterGroup (clustergroups, namespaced): pkg/apis/fleet.cattle.io/v1alpha1/clustergroup_types.go, display format from internal/cmd/controller/reconciler/clustergroup_controller.go in Fleet v0.16.0.
import { z } from 'zod';
import {
  BundleSummarySchema,
  ConditionSchema,
  FLEET_GROUP,
  FLEET_VERSION,
  LabelSelectorSchema,
  ResourceCountsSchema,
  fleetObjectSchema,
  type FleetKindInfo,
} from './common';

export const ClusterGroupSpecSchema = z.looseObject({
  /** Selects Clusters in the group's namespace; see lib/fleet/selector.ts for nil vs empty. */
  selector: LabelSelectorSchema.nullish(),
});

export const ClusterGroupStatusSchema = z.looseObject({
  clusterCount: z.number().int().optional(),
  nonReadyClusterCount: z.number().int().optional(),
  /** At most 10 names (MaxReportedNonReadyClusters). */
  nonReadyClusters: z.array(z.string()).nullish(),
  conditions: z.array(ConditionSchema).nullish(),
  summary: BundleSummarySchema.optional(),
  /** readyClusters looks like "2/3 (c-m-abc12)" when not all are ready. */
  display: z
    .looseObject({ readyClusters: z.string().optional(), readyBundles: z.string().optional(), state: z.string().optional() })
    .optional(),
  resourceCounts: ResourceCountsSchema.optional(),
});

export const ClusterGroupSchema = fleetObjectSchema({
  spec: ClusterGroupSpecSchema.optional(),
  status: ClusterGroupStatusSchema.optional(),
});
export type ClusterGroup = z.infer<typeof ClusterGroupSchema>;

export const ClusterGroupKind = {
  kind: 'ClusterGroup',
  plural: 'clustergroups',
  group: FLEET_GROUP,
  version: FLEET_VERSION,
  namespaced: true,
  schema: ClusterGroupSchema,
} as const satisfies FleetKindInfo;
