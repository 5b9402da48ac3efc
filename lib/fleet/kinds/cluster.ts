// Cluster (clusters, namespaced in the workspace): pkg/apis/fleet.cattle.io/v1alpha1/cluster_types.go in Fleet v0.16.0. Cluster labels drive targeting.
import { z } from 'zod';
import {
  BundleSummarySchema,
  ConditionSchema,
  FLEET_GROUP,
  FLEET_VERSION,
  ResourceCountsSchema,
  TimeSchema,
  fleetObjectSchema,
  type FleetKindInfo,
} from './common';

/** corev1.EnvVar; agentEnvVars carries HTTP_PROXY / HTTPS_PROXY / NO_PROXY. */
export const EnvVarSchema = z.looseObject({ name: z.string(), value: z.string().optional() });

export const ClusterSpecSchema = z.looseObject({
  paused: z.boolean().optional(),
  clientID: z.string().optional(),
  kubeConfigSecret: z.string().optional(),
  kubeConfigSecretNamespace: z.string().optional(),
  redeployAgentGeneration: z.number().int().optional(),
  agentEnvVars: z.array(EnvVarSchema).nullish(),
  agentNamespace: z.string().optional(),
  privateRepoURL: z.string().optional(),
  templateValues: z.record(z.string(), z.unknown()).nullish(),
  agentTolerations: z.array(z.looseObject({})).nullish(),
  agentAffinity: z.looseObject({}).nullish(),
  agentResources: z.looseObject({}).nullish(),
  hostNetwork: z.boolean().nullish(),
  agentSchedulingCustomization: z.looseObject({}).nullish(),
  agentPullSecrets: z.array(z.looseObject({ name: z.string().optional() })).nullish(),
});
export type ClusterSpec = z.infer<typeof ClusterSpecSchema>;

export const ClusterStatusSchema = z.looseObject({
  conditions: z.array(ConditionSchema).nullish(),
  /** The per-cluster namespace holding this cluster's BundleDeployments. */
  namespace: z.string().optional(),
  summary: BundleSummarySchema.optional(),
  resourceCounts: ResourceCountsSchema.optional(),
  readyGitRepos: z.number().int().optional(),
  desiredReadyGitRepos: z.number().int().optional(),
  readyHelmOps: z.number().int().optional(),
  desiredReadyHelmOps: z.number().int().optional(),
  agentDeployedGeneration: z.number().int().nullish(),
  agentNamespace: z.string().optional(),
  apiServerURL: z.string().optional(),
  agentTLSMode: z.string().optional(),
  /** state is a BundleState, "WaitCheckIn", or empty (Ready). */
  display: z.looseObject({ readyBundles: z.string().optional(), state: z.string().nullish() }).optional(),
  /** lastSeen is serialized as null until the agent first checks in. */
  agent: z.looseObject({ lastSeen: TimeSchema, namespace: z.string().optional() }).optional(),
  garbageCollectionInterval: z.string().optional(),
  scheduled: z.boolean().optional(),
  activeSchedule: z.boolean().optional(),
});

export const ClusterSchema = fleetObjectSchema({
  spec: ClusterSpecSchema.optional(),
  status: ClusterStatusSchema.optional(),
});
export type Cluster = z.infer<typeof ClusterSchema>;

export const ClusterKind = {
  kind: 'Cluster',
  plural: 'clusters',
  group: FLEET_GROUP,
  version: FLEET_VERSION,
  namespaced: true,
  schema: ClusterSchema,
} as const satisfies FleetKindInfo;

/** Label prefixes reserved by Fleet/Rancher: users should not edit these cluster labels. */
export const RESERVED_LABEL_PREFIXES = ['fleet.cattle.io/', 'management.cattle.io/'] as const;
export const LOCAL_CLUSTER_NAME = 'local';
