// BundleDeployment (bundledeployments, namespaced in the per-cluster namespace): pkg/apis/fleet.cattle.io/v1alpha1/bundledeployment_types.go in Fleet v0.16.0.
// Internal to Fleet: the UI only reads it.
import { z } from 'zod';
import { BundleDeploymentOptionsSchema } from './bundle-options';
import { BundleRefSchema } from './bundle';
import {
  ConditionSchema,
  CorrectDriftSchema,
  FLEET_GROUP,
  FLEET_VERSION,
  ModifiedStatusSchema,
  NonReadyStatusSchema,
  ResourceCountsSchema,
  TimeSchema,
  fleetObjectSchema,
  type FleetKindInfo,
} from './common';

export const BundleDeploymentSpecSchema = z.looseObject({
  paused: z.boolean().optional(),
  stagedOptions: BundleDeploymentOptionsSchema.optional(),
  stagedDeploymentID: z.string().optional(),
  options: BundleDeploymentOptionsSchema.optional(),
  deploymentID: z.string().optional(),
  dependsOn: z.array(BundleRefSchema).optional(),
  correctDrift: CorrectDriftSchema.nullish(),
  ociContents: z.boolean().optional(),
  valuesHash: z.string().optional(),
  offSchedule: z.boolean().optional(),
  waitingForValues: z.boolean().optional(),
});

export const BundleDeploymentStatusSchema = z.looseObject({
  conditions: z.array(ConditionSchema).nullish().transform((v) => v ?? undefined),
  appliedDeploymentID: z.string().optional(),
  /** Helm release "<ns>/<name>:<revision>". */
  release: z.string().optional(),
  ready: z.boolean().optional(),
  nonModified: z.boolean().optional(),
  nonReadyStatus: z.array(NonReadyStatusSchema).nullish(),
  modifiedStatus: z.array(ModifiedStatusSchema).nullish(),
  /** True when Fleet truncated the lists above (more than 10 entries). */
  incompleteState: z.boolean().optional(),
  display: z
    .looseObject({ deployed: z.string().optional(), monitored: z.string().optional(), state: z.string().optional() })
    .optional(),
  syncGeneration: z.number().int().nullish(),
  resources: z
    .array(
      z.looseObject({
        kind: z.string().optional(),
        apiVersion: z.string().optional(),
        namespace: z.string().optional(),
        name: z.string().optional(),
        createdAt: TimeSchema,
      }),
    )
    .nullish(),
  resourceCounts: ResourceCountsSchema.optional(),
});

export const BundleDeploymentSchema = fleetObjectSchema({
  spec: BundleDeploymentSpecSchema,
  status: BundleDeploymentStatusSchema.optional(),
});
export type BundleDeployment = z.infer<typeof BundleDeploymentSchema>;

export const BundleDeploymentKind = {
  kind: 'BundleDeployment',
  plural: 'bundledeployments',
  group: FLEET_GROUP,
  version: FLEET_VERSION,
  namespaced: true,
  schema: BundleDeploymentSchema,
} as const satisfies FleetKindInfo;
