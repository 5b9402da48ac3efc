// What GET /api/w/[workspace]/overview answers; shared by the route and the page.
import { z } from 'zod';
import { OBJECT_STATES, ObjectStateSchema } from '@/lib/fleet/object-state';

export const OVERVIEW_PARTS = ['gitrepos', 'clusters', 'bundles', 'bundledeployments', 'helmops'] as const;
export type OverviewPart = (typeof OVERVIEW_PARTS)[number];

const Counts = z.object(Object.fromEntries(OBJECT_STATES.map((s) => [s, z.number().int()])) as Record<(typeof OBJECT_STATES)[number], z.ZodNumber>);

export const OverviewSchema = z.object({
  gitrepos: z.object({ total: z.number().int(), byState: Counts, gitUpdating: z.number().int(), paused: z.number().int(), pinned: z.number().int() }).nullable(),
  /** HelmOps (pinned: an exact chart version); with the GitRepos they make the applications count. */
  helmops: z.object({ total: z.number().int(), byState: Counts, paused: z.number().int(), pinned: z.number().int() }).nullable(),
  clusters: z
    .object({
      total: z.number().int(),
      ready: z.number().int(),
      notReady: z.number().int(),
      /** Agent silent for more than 30 minutes (stale) or never checked in (WaitCheckIn). */
      stale: z.number().int(),
      neverSeen: z.number().int(),
      byState: Counts,
    })
    .nullable(),
  bundles: z.object({ total: z.number().int(), byState: Counts }).nullable(),
  bundledeployments: z.object({ total: z.number().int(), byState: Counts }).nullable(),
  worstGitRepos: z.array(z.object({ namespace: z.string(), name: z.string(), state: ObjectStateSchema, failing: z.number().int(), total: z.number().int(), message: z.string().optional() })),
  worstClusters: z.array(z.object({ namespace: z.string(), name: z.string(), state: ObjectStateSchema, failing: z.number().int(), total: z.number().int(), lastSeen: z.string().optional() })),
  recent: z.array(z.object({ kind: z.enum(['GitRepo', 'Bundle', 'Cluster']), namespace: z.string(), name: z.string(), state: ObjectStateSchema, at: z.string(), what: z.string() })),
  /** Kinds the person may not list in this workspace. */
  forbidden: z.array(z.string()),
  /** Which kinds this answer computed (the others are null because they were not asked for, not forbidden). */
  parts: z.array(z.enum(OVERVIEW_PARTS)),
  generatedAt: z.string(),
});
export type Overview = z.infer<typeof OverviewSchema>;
