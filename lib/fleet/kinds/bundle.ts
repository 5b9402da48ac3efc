// Bundle (bundles, namespaced): pkg/apis/fleet.cattle.io/v1alpha1/bundle_types.go in Fleet v0.16.0. spec.resources can be huge; it is typed loosely
// and list projections should drop it.
import { z } from 'zod';
import { BundleStateSchema } from '../state';
import { BundleDeploymentOptionsShape } from './bundle-options';
import {
  BundleSummarySchema,
  ConditionSchema,
  FLEET_GROUP,
  FLEET_VERSION,
  LabelSelectorSchema,
  StringMapSchema,
  TargetFieldsSchema,
  fleetObjectSchema,
  type FleetKindInfo,
} from './common';

const intOrString = z.union([z.number().int(), z.string()]);

export const BundleTargetSchema = z.looseObject({
  ...TargetFieldsSchema.shape,
  ...BundleDeploymentOptionsShape,
  doNotDeploy: z.boolean().optional(),
  namespaceLabels: StringMapSchema.optional(),
  namespaceAnnotations: StringMapSchema.optional(),
});
export type BundleTarget = z.infer<typeof BundleTargetSchema>;

export const RolloutStrategySchema = z.looseObject({
  maxUnavailable: intOrString.optional(),
  maxUnavailablePartitions: intOrString.optional(),
  autoPartitionSize: intOrString.optional(),
  autoPartitionThreshold: z.number().int().optional(),
  maxNew: z.number().int().optional(),
  partitions: z.array(z.looseObject({ ...TargetFieldsSchema.shape, maxUnavailable: intOrString.optional() })).optional(),
});

export const BundleRefSchema = z.looseObject({
  name: z.string().optional(),
  selector: LabelSelectorSchema.nullish(),
  /** Default ["Ready"] when omitted. */
  acceptedStates: z.array(BundleStateSchema).optional(),
});

export const BundleSpecSchema = z.looseObject({
  ...BundleDeploymentOptionsShape,
  paused: z.boolean().optional(),
  rolloutStrategy: RolloutStrategySchema.nullish(),
  resources: z
    .array(z.looseObject({ name: z.string().optional(), content: z.string().optional(), encoding: z.string().optional() }))
    .optional(),
  /** "FirstMatch" (default) | "AllMatches". */
  targetCustomizationMode: z.string().optional(),
  targets: z.array(BundleTargetSchema).optional(),
  targetRestrictions: z.array(TargetFieldsSchema.loose()).optional(),
  dependsOn: z.array(BundleRefSchema).optional(),
  contentsId: z.string().optional(),
  helmOpOptions: z.looseObject({}).nullish(),
  valuesHash: z.string().optional(),
});
export type BundleSpec = z.infer<typeof BundleSpecSchema>;

export const BundleStatusSchema = z.looseObject({
  conditions: z.array(ConditionSchema).nullish(),
  summary: BundleSummarySchema.optional(),
  newlyCreated: z.number().int().optional(),
  unavailable: z.number().int().optional(),
  unavailablePartitions: z.number().int().optional(),
  maxUnavailable: z.number().int().optional(),
  maxUnavailablePartitions: z.number().int().optional(),
  maxNew: z.number().int().optional(),
  partitions: z
    .array(
      z.looseObject({
        name: z.string().optional(),
        count: z.number().int().optional(),
        maxUnavailable: z.number().int().optional(),
        unavailable: z.number().int().optional(),
        summary: BundleSummarySchema.optional(),
      }),
    )
    .nullish(),
  /** readyClusters is "<ready>/<desiredReady>"; state is the worst state or empty. */
  display: z.looseObject({ readyClusters: z.string().optional(), state: z.string().optional() }).optional(),
  ociReference: z.string().optional(),
  observedGeneration: z.number().int().optional(),
  resourcesSha256Sum: z.string().optional(),
});

export const BundleSchema = fleetObjectSchema({
  spec: BundleSpecSchema,
  status: BundleStatusSchema.optional(),
});
export type Bundle = z.infer<typeof BundleSchema>;

export const BundleKind = {
  kind: 'Bundle',
  plural: 'bundles',
  group: FLEET_GROUP,
  version: FLEET_VERSION,
  namespaced: true,
  schema: BundleSchema,
} as const satisfies FleetKindInfo;
