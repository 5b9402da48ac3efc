// GitRepo (gitrepos, namespaced): pkg/apis/fleet.cattle.io/v1alpha1/gitrepo_types.go in Fleet v0.16.0.
import { z } from 'zod';
import {
  CorrectDriftSchema,
  FLEET_GROUP,
  FLEET_VERSION,
  StatusBaseSchema,
  TargetFieldsSchema,
  TimeSchema,
  fleetObjectSchema,
  type FleetKindInfo,
} from './common';

/** GitTarget: name plus the four ways to pick clusters (same namespace only). */
export const GitTargetSchema = TargetFieldsSchema.loose();
export type GitTarget = z.infer<typeof GitTargetSchema>;

export const GitRepoSpecSchema = z.looseObject({
  repo: z.string(),
  branch: z.string().optional(),
  revision: z.string().optional(),
  targetNamespace: z.string().optional(),
  clientSecretName: z.string().optional(),
  helmSecretName: z.string().optional(),
  helmSecretNameForPaths: z.string().optional(),
  helmRepoURLRegex: z.string().optional(),
  /** PEM bundle, base64-encoded in JSON ([]byte). */
  caBundle: z.string().optional(),
  insecureSkipTLSVerify: z.boolean().optional(),
  paths: z.array(z.string()).optional(),
  paused: z.boolean().optional(),
  serviceAccount: z.string().optional(),
  targets: z.array(GitTargetSchema).optional(),
  /** Go duration string, e.g. "1m"; controller default 15s when unset. */
  pollingInterval: z.string().optional(),
  forceSyncGeneration: z.number().int().optional(),
  imageScanInterval: z.string().optional(),
  imageScanCommit: z
    .looseObject({ authorName: z.string().optional(), authorEmail: z.string().optional(), messageTemplate: z.string().optional() })
    .optional(),
  keepResources: z.boolean().optional(),
  deleteNamespace: z.boolean().optional(),
  correctDrift: CorrectDriftSchema.optional(),
  disablePolling: z.boolean().optional(),
  ociRegistrySecret: z.string().optional(),
  webhookSecret: z.string().optional(),
  bundles: z.array(z.looseObject({ base: z.string().optional(), options: z.string().optional() })).optional(),
});
export type GitRepoSpec = z.infer<typeof GitRepoSpecSchema>;

/** gitJobStatus is cli-utils kstatus: InProgress | Current | Failed | Terminating. */
export const GitRepoStatusSchema = StatusBaseSchema.extend({
  observedGeneration: z.number().int().optional(),
  updateGeneration: z.number().int().optional(),
  commit: z.string().optional(),
  webhookCommit: z.string().optional(),
  lastWebhookTime: TimeSchema,
  pollingCommit: z.string().optional(),
  gitJobStatus: z.string().optional(),
  lastSyncedImageScanTime: TimeSchema,
  lastPollingTriggered: TimeSchema,
});
export type GitRepoStatus = z.infer<typeof GitRepoStatusSchema>;

export const GitRepoSchema = fleetObjectSchema({
  spec: GitRepoSpecSchema,
  status: GitRepoStatusSchema.optional(),
});
export type GitRepo = z.infer<typeof GitRepoSchema>;

export const GitRepoKind = {
  kind: 'GitRepo',
  plural: 'gitrepos',
  group: FLEET_GROUP,
  version: FLEET_VERSION,
  namespaced: true,
  schema: GitRepoSchema,
} as const satisfies FleetKindInfo;

/** Conditions Fleet sets on GitRepos (internal/cmd/controller/gitops/reconciler/gitjob_controller.go in Fleet v0.16.0). */
export const GITREPO_CONDITION_TYPES = ['Ready', 'Accepted', 'GitPolling', 'Reconciling', 'Stalled'] as const;
