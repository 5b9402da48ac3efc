// ClusterGroup list row, detail and the create/edit form. Matching clusters are counted from the
// watch cache with the same selector rules the API server uses (lib/fleet/selector), not from the
// group's status: no Fleet controller may be running to keep status.clusterCount current.
import { z } from 'zod';
import { dns1123SubdomainSchema } from '../names';
import { LabelSelectorInputSchema } from '../selector';
import { listQuerySchema, listResponseSchema } from './list';

export const ClusterGroupRowSchema = z.object({
  namespace: z.string(),
  name: z.string(),
  /** kubectl-style selector; undefined when the group has none (selects nothing). */
  selector: z.string().optional(),
  /** The selector is {}: every cluster of the workspace. */
  matchesAll: z.boolean(),
  clusters: z.number().int(),
  readyClusters: z.number().int(),
  /** Up to 5 non-ready cluster names, for a tooltip. */
  nonReady: z.array(z.string()),
  resourceVersion: z.string().optional(),
});
export type ClusterGroupRow = z.infer<typeof ClusterGroupRowSchema>;
export const ClusterGroupListSchema = listResponseSchema(ClusterGroupRowSchema);

export const CLUSTERGROUP_SORT_KEYS = ['name', 'namespace', 'created', 'state', 'clusters', 'ready'] as const;
export type ClusterGroupSortKey = (typeof CLUSTERGROUP_SORT_KEYS)[number];
export const CLUSTERGROUP_DEFAULT_SORT: ClusterGroupSortKey = 'name';
export const ClusterGroupListQuerySchema = listQuerySchema(CLUSTERGROUP_SORT_KEYS, CLUSTERGROUP_DEFAULT_SORT);

/** Create (name + selector) and edit (selector + resourceVersion). */
export const ClusterGroupFormSchema = z.object({
  name: dns1123SubdomainSchema('Name'),
  selector: LabelSelectorInputSchema,
  resourceVersion: z.string().optional(),
});
export type ClusterGroupForm = z.infer<typeof ClusterGroupFormSchema>;

export const ClusterGroupDetailSchema = z.object({
  row: ClusterGroupRowSchema,
  selectorObject: z
    .object({
      matchLabels: z.record(z.string(), z.string()).optional(),
      matchExpressions: z.array(z.object({ key: z.string(), operator: z.string(), values: z.array(z.string()).optional() })).optional(),
    })
    .nullable(),
  gitRepos: z.array(z.object({ name: z.string(), how: z.string() })),
  /** The person may not list GitRepos in the workspace: which target the group is not theirs to see. */
  gitReposHidden: z.boolean().optional(),
  /** The group's uid as loaded: a delete sends it as a precondition. */
  uid: z.string().optional(),
});
export type ClusterGroupDetail = z.infer<typeof ClusterGroupDetailSchema>;
