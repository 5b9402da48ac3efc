// What the GitRepo detail API answers: the object itself (status included, managedFields dropped)
// plus what it produced, from the watch cache: its Bundles and, per targeted cluster, the worst
// state of its BundleDeployments. Shared by the route (shape) and the page (parsing).
import { z } from 'zod';
import { BundleStateSchema } from '../state';
import { ObjectStateSchema } from '../object-state';

export const GitRepoBundleRowSchema = z.object({
  name: z.string(),
  state: ObjectStateSchema,
  ready: z.number().int(),
  desiredReady: z.number().int(),
  message: z.string().optional(),
});
export type GitRepoBundleRow = z.infer<typeof GitRepoBundleRowSchema>;

export const GitRepoClusterRowSchema = z.object({
  /** Cluster workspace and name (from the BundleDeployment labels). */
  namespace: z.string(),
  name: z.string(),
  state: BundleStateSchema,
  bundles: z.number().int(),
  readyBundles: z.number().int(),
  /** The first non-Ready BundleDeployment's message, with its bundle. */
  message: z.string().optional(),
});
export type GitRepoClusterRow = z.infer<typeof GitRepoClusterRowSchema>;

export const GitRepoDetailSchema = z.object({
  object: z.looseObject({ metadata: z.looseObject({ name: z.string() }), spec: z.looseObject({}) }),
  bundles: z.array(GitRepoBundleRowSchema),
  clusters: z.array(GitRepoClusterRowSchema),
  /** Set when bundles/clusters could not be read (they are then empty); the object itself is fine. */
  relatedError: z.string().optional(),
});
export type GitRepoDetail = z.infer<typeof GitRepoDetailSchema>;

export const GITREPO_ACTIONS = ['pause', 'unpause', 'forceUpdate'] as const;
export const GitRepoActionSchema = z.object({ action: z.enum(GITREPO_ACTIONS, { error: `action must be one of: ${GITREPO_ACTIONS.join(', ')}` }) });
export type GitRepoAction = (typeof GITREPO_ACTIONS)[number];

export const GitRepoActionResultSchema = z.object({ message: z.string(), generation: z.number().int().optional(), forceSyncGeneration: z.number().int().optional() });

export const GitRepoPermissionsSchema = z.object({
  create: z.boolean(),
  update: z.boolean(),
  patch: z.boolean(),
  delete: z.boolean(),
  createSecrets: z.boolean(),
});
export type GitRepoPermissions = z.infer<typeof GitRepoPermissionsSchema>;
