// The Bundle list row and detail: what the Bundles table and the bundle page show, projected from a (cached) Bundle.
import { RolloutModelSchema } from '../rollout';
import { z } from 'zod';
import { readyConditionMessage, type BundleSummary } from '../state';
import { bundleObjectState, ObjectStateSchema, type ObjectLike } from '../object-state';
import { describeTargets, type Target } from '../targets';
import { LIST_SORT_KEYS, listQuerySchemaFor } from './sort-keys';
import { listResponseSchema } from './list';

export const BundleRowSchema = z.object({
  namespace: z.string(),
  name: z.string(),
  gitrepo: z.string().optional(),
  helmop: z.string().optional(),
  /** lib/fleet/object-state.ts bundleObjectState: the worst target state, or NotProcessed / Error. */
  state: ObjectStateSchema,
  readyClusters: z.number().int(),
  desiredReadyClusters: z.number().int(),
  /** Targets in words ("cluster group prod"). */
  targets: z.array(z.string()),
  /** Rollout settings in words ("max unavailable 10%, 2 partitions"); empty when Fleet's defaults apply. */
  rollout: z.string(),
  paused: z.boolean(),
  /** Ready condition message when not ready. */
  message: z.string().optional(),
  forceSyncGeneration: z.number().int(),
});
export type BundleRow = z.infer<typeof BundleRowSchema>;
export const BundleListSchema = listResponseSchema(BundleRowSchema);
export type BundleList = z.infer<typeof BundleListSchema>;
export const BUNDLE_SORT_KEYS = LIST_SORT_KEYS.bundles;
export const BundleListQuerySchema = listQuerySchemaFor('bundles');

interface BundleLike {
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
}

const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export function describeRollout(r: unknown): string {
  const s = obj(r);
  const parts: string[] = [];
  if (s.maxUnavailable !== undefined) parts.push(`max unavailable ${String(s.maxUnavailable)}`);
  if (s.maxUnavailablePartitions !== undefined) parts.push(`max unavailable partitions ${String(s.maxUnavailablePartitions)}`);
  if (s.autoPartitionSize !== undefined) parts.push(`auto partition size ${String(s.autoPartitionSize)}`);
  if (typeof s.maxNew === 'number') parts.push(`max new ${s.maxNew}`);
  if (Array.isArray(s.partitions) && s.partitions.length) parts.push(`${s.partitions.length} partition${s.partitions.length === 1 ? '' : 's'}`);
  return parts.join(', ');
}

export function toBundleRow(b: BundleLike): BundleRow {
  const st = obj(b.status);
  const summary = st.summary as BundleSummary | undefined;
  const spec = obj(b.spec);
  const labels = b.metadata.labels ?? {};
  const derived = bundleObjectState(b as unknown as ObjectLike);
  const message = derived.state === 'Ready' ? undefined : derived.message || readyConditionMessage(summary, 'Cluster');
  return {
    namespace: b.metadata.namespace ?? '',
    name: b.metadata.name,
    gitrepo: labels['fleet.cattle.io/repo-name'] || undefined,
    helmop: labels['fleet.cattle.io/fleet-helm-name'] || undefined,
    state: derived.state,
    readyClusters: summary?.ready ?? 0,
    desiredReadyClusters: summary?.desiredReady ?? 0,
    targets: describeTargets((spec.targets as Target[] | undefined) ?? [], 'bundle'),
    rollout: describeRollout(spec.rolloutStrategy),
    paused: spec.paused === true,
    message: message || undefined,
    forceSyncGeneration: typeof spec.forceSyncGeneration === 'number' ? spec.forceSyncGeneration : 0,
  };
}

export const ConditionRowSchema = z.object({
  type: z.string(),
  status: z.string(),
  reason: z.string().optional(),
  message: z.string().optional(),
  lastUpdateTime: z.string().optional(),
});

export const BundleDetailSchema = z.object({
  row: BundleRowSchema,
  resourceVersion: z.string().optional(),
  conditions: z.array(ConditionRowSchema),
  /** Options worth seeing at a glance: defaultNamespace, helm chart/release, correctDrift, ... */
  options: z.array(z.object({ label: z.string(), value: z.string() })),
  created: z.string().optional(),
  /** The staged rollout: strategy in words and each partition's progress (lib/fleet/rollout.ts). */
  rollout: RolloutModelSchema.optional(),
});
export type BundleDetail = z.infer<typeof BundleDetailSchema>;

export function conditionRows(conds: unknown): z.infer<typeof ConditionRowSchema>[] {
  if (!Array.isArray(conds)) return [];
  return conds.map((c) => {
    const o = obj(c);
    const s = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
    return { type: String(o.type ?? ''), status: String(o.status ?? ''), reason: s(o.reason), message: s(o.message), lastUpdateTime: s(o.lastUpdateTime) ?? s(o.lastTransitionTime) };
  });
}

export function bundleOptions(b: BundleLike): { label: string; value: string }[] {
  const spec = obj(b.spec);
  const helm = obj(spec.helm);
  const out: { label: string; value: string }[] = [];
  const add = (label: string, v: unknown) => {
    if (v !== undefined && v !== null && v !== '' && !(typeof v === 'object' && Object.keys(obj(v)).length === 0)) out.push({ label, value: typeof v === 'string' ? v : JSON.stringify(v) });
  };
  add('Default namespace', spec.defaultNamespace);
  add('Target namespace', spec.namespace);
  add('Helm chart', helm.chart);
  add('Helm release', helm.releaseName);
  add('Helm version', helm.version);
  add('Take ownership', helm.takeOwnership);
  add('Correct drift', spec.correctDrift);
  add('Keep resources', spec.keepResources);
  add('Force sync generation', spec.forceSyncGeneration);
  add('Depends on', Array.isArray(spec.dependsOn) ? spec.dependsOn.map((d) => obj(d).name ?? JSON.stringify(obj(d).selector)).join(', ') : undefined);
  add('Resources', Array.isArray(spec.resources) ? spec.resources.map((r) => obj(r).name).filter(Boolean).join(', ') : undefined);
  return out;
}

/** POST /api/w/[ws]/bundles/[name]/force-sync answer. */
export const ForceSyncResultSchema = z.object({ before: z.number().int(), after: z.number().int() });
