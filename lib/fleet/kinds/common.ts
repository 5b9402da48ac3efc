// Shared zod pieces for Fleet objects. Read schemas are lenient (loose objects, optional fields)
// because Fleet omits empty fields and versions differ; unknown fields are kept, not stripped.
import { z } from 'zod';
import { BundleStateSchema } from '../state';

export const FLEET_GROUP = 'fleet.cattle.io';
export const FLEET_VERSION = 'v1alpha1';
export const FLEET_API_VERSION = `${FLEET_GROUP}/${FLEET_VERSION}`;

/** Static identity of a Fleet kind (like Headlamp's per-kind class statics). */
export interface FleetKindInfo<S extends z.ZodType = z.ZodType> {
  kind: string;
  plural: string;
  group: typeof FLEET_GROUP;
  version: typeof FLEET_VERSION;
  namespaced: boolean;
  schema: S;
}

/** Kubernetes timestamps are RFC 3339 strings; Fleet writes `null` for unset ones (e.g. agent.lastSeen). */
export const TimeSchema = z.string().nullish();

export const StringMapSchema = z.record(z.string(), z.string());

export const ObjectMetaSchema = z.looseObject({
  name: z.string(),
  namespace: z.string().optional(),
  uid: z.string().optional(),
  resourceVersion: z.string().optional(),
  generation: z.number().int().optional(),
  creationTimestamp: TimeSchema,
  deletionTimestamp: TimeSchema,
  labels: StringMapSchema.optional(),
  annotations: StringMapSchema.optional(),
  finalizers: z.array(z.string()).optional(),
  ownerReferences: z.array(z.looseObject({ apiVersion: z.string(), kind: z.string(), name: z.string(), uid: z.string() })).optional(),
});
export type ObjectMeta = z.infer<typeof ObjectMetaSchema>;

/** The metadata of an object the dashboard writes (create or update): what a form's manifest carries. */
export type WrittenMetadata = {
  name: string;
  namespace: string;
  resourceVersion?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  finalizers?: string[];
  ownerReferences?: NonNullable<ObjectMeta['ownerReferences']>;
};

/** wrangler GenericCondition: status is "True" | "False" | "Unknown". */
export const ConditionSchema = z.looseObject({
  type: z.string(),
  status: z.string(),
  reason: z.string().optional(),
  message: z.string().optional(),
  lastUpdateTime: TimeSchema,
  lastTransitionTime: TimeSchema,
});
export type Condition = z.infer<typeof ConditionSchema>;

/**
 * metav1.LabelSelector as stored. Operators are not enum-checked here: the CRD schema accepts any
 * string, so reads must not fail on them; lib/fleet/selector.ts validates for forms.
 */
export const LabelSelectorRequirementSchema = z.object({
  key: z.string(),
  operator: z.string(),
  values: z.array(z.string()).optional(),
});
export const LabelSelectorSchema = z.object({
  matchLabels: StringMapSchema.optional(),
  matchExpressions: z.array(LabelSelectorRequirementSchema).optional(),
});
export type LabelSelector = z.infer<typeof LabelSelectorSchema>;

const count = z.number().int().optional();

export const ModifiedStatusSchema = z.looseObject({
  kind: z.string().optional(),
  apiVersion: z.string().optional(),
  namespace: z.string().optional(),
  name: z.string().optional(),
  missing: z.boolean().optional(),
  exist: z.boolean().optional(),
  delete: z.boolean().optional(),
  patch: z.string().optional(),
});

export const NonReadyStatusSchema = z.looseObject({
  uid: z.string().optional(),
  kind: z.string().optional(),
  apiVersion: z.string().optional(),
  namespace: z.string().optional(),
  name: z.string().optional(),
  summary: z
    .looseObject({
      state: z.string().optional(),
      error: z.boolean().optional(),
      transitioning: z.boolean().optional(),
      message: z.array(z.string()).optional(),
    })
    .optional(),
});

/** Fleet marks these lists +nullable; null is normalised to undefined so outputs fit the plain TS types. */
const nullableList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? undefined);

export const NonReadyResourceSchema = z.looseObject({
  name: z.string(),
  bundleState: BundleStateSchema,
  message: z.string().optional(),
  modifiedStatus: nullableList(ModifiedStatusSchema),
  nonReadyStatus: nullableList(NonReadyStatusSchema),
});

/** BundleSummary: only ready/desiredReady are always serialized; the other counters are omitempty. */
export const BundleSummarySchema = z.looseObject({
  notReady: count,
  waitApplied: count,
  errApplied: count,
  outOfSync: count,
  modified: count,
  ready: z.number().int().default(0),
  pending: count,
  desiredReady: z.number().int().default(0),
  nonReadyResources: nullableList(NonReadyResourceSchema),
});

/** ResourceCounts: all fields always serialized by Fleet; defaulted for older objects. */
export const ResourceCountsSchema = z.looseObject({
  ready: z.number().int().default(0),
  desiredReady: z.number().int().default(0),
  waitApplied: z.number().int().default(0),
  modified: z.number().int().default(0),
  orphaned: z.number().int().default(0),
  missing: z.number().int().default(0),
  unknown: z.number().int().default(0),
  notReady: z.number().int().default(0),
});

/** Targeting fields shared by GitTarget, BundleTarget, partitions, restrictions and schedules. */
export const TargetFieldsSchema = z.object({
  name: z.string().optional(),
  clusterName: z.string().optional(),
  clusterSelector: LabelSelectorSchema.nullish(),
  clusterGroup: z.string().optional(),
  clusterGroupSelector: LabelSelectorSchema.nullish(),
});
export type TargetFields = z.infer<typeof TargetFieldsSchema>;

export const CorrectDriftSchema = z.looseObject({
  enabled: z.boolean().optional(),
  force: z.boolean().optional(),
  keepFailHistory: z.boolean().optional(),
});

/** StatusBase (GitRepo/HelmOp status). display.state may be "GitUpdating", so it is a plain string. */
export const StatusBaseSchema = z.looseObject({
  readyClusters: count,
  desiredReadyClusters: count,
  summary: BundleSummarySchema.optional(),
  display: z
    .looseObject({
      readyBundleDeployments: z.string().optional(),
      state: z.string().optional(),
      message: z.string().optional(),
      error: z.boolean().optional(),
    })
    .optional(),
  conditions: nullableList(ConditionSchema),
  resourceCounts: ResourceCountsSchema.optional(),
  perClusterResourceCounts: z.record(z.string(), ResourceCountsSchema.nullable()).nullish(),
  // resources[] is large and per-resource; kept as loose entries.
  resources: nullableList(z.looseObject({ kind: z.string().optional(), name: z.string().optional() })),
});

/** Builds the object schema for a kind: apiVersion/kind literals are not enforced (lists omit them). */
export function fleetObjectSchema<Shape extends z.core.$ZodShape>(shape: Shape) {
  return z.looseObject({
    apiVersion: z.string().optional(),
    kind: z.string().optional(),
    metadata: ObjectMetaSchema,
    ...shape,
  });
}
