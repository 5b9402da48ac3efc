// The graph API's query and answer as zod schemas, shared by the route (400 with field errors) and the page.
import { z } from 'zod';
import { ObjectStateSchema } from './object-state';
import { BundleStateSchema } from './state';

export const GRAPH_KINDS = ['GitRepo', 'HelmOp'] as const;
export type GraphOwnerKind = (typeof GRAPH_KINDS)[number];
/** Most group keys one request may open (each opens up to `limit` nodes). */
export const MAX_OPEN = 40;
export const DEFAULT_GRAPH_LIMIT = 50;

export const GraphQuerySchema = z.object({
  kind: z.enum(GRAPH_KINDS, { error: 'kind must be GitRepo or HelmOp' }),
  name: z.string({ error: 'Name the GitRepo or HelmOp' }).regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, 'Not a valid object name').max(253),
  open: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').filter(Boolean) : []))
    .pipe(z.array(z.string().max(600)).max(MAX_OPEN, `At most ${MAX_OPEN} groups can be open at once`)),
  limit: z.coerce.number({ error: 'limit must be a number' }).int('limit must be a whole number').min(1, 'limit must be 1 or more').max(500, 'limit must be at most 500').default(DEFAULT_GRAPH_LIMIT),
  resources: z.enum(['0', '1'], { error: 'resources must be 0 or 1' }).default('1'),
});
export type GraphQuery = z.infer<typeof GraphQuerySchema>;

const Ref = z.object({ namespace: z.string(), name: z.string() });
export const GraphNodeSchema = z.object({
  id: z.string(),
  kind: z.enum(['GitRepo', 'HelmOp', 'Bundle', 'BundleDeployment', 'Resource', 'Group']),
  label: z.string(),
  state: ObjectStateSchema,
  depth: z.number().int(),
  order: z.number().int(),
  link: z.object({ kind: z.enum(['GitRepo', 'HelmOp', 'Bundle', 'BundleDeployment', 'Cluster', 'Resource']), namespace: z.string(), name: z.string(), cluster: Ref.optional() }).optional(),
  cluster: Ref.optional(),
  group: z.object({ of: z.enum(['BundleDeployment', 'Resource']), count: z.number().int(), key: z.string(), expandable: z.boolean(), more: z.boolean().optional() }).optional(),
});
export type GraphNodeRow = z.infer<typeof GraphNodeSchema>;

export const GraphAnswerSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(z.object({ from: z.string(), to: z.string() })),
  totals: z.object({ bundles: z.number().int(), bundleDeployments: z.number().int(), resources: z.number().int() }),
  deploymentStates: z.array(z.tuple([BundleStateSchema, z.number().int()])),
  /** What the graph could not show, in words (e.g. resources the person may not read). */
  notes: z.array(z.string()),
});
export type GraphAnswer = z.infer<typeof GraphAnswerSchema>;
