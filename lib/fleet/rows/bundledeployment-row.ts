// One BundleDeployment (= one bundle on one cluster) as the bundle page's per-cluster table shows it.
import { z } from 'zod';
import { BundleStateSchema, bundleDeploymentMessage, bundleDeploymentState, type BundleDeploymentLike } from '../state';
import { nonReadyStatusString, resourceDisplayName, type ModifiedStatus, type NonReadyStatus } from '../status-strings';
import { listQuerySchemaFor, LIST_SORT_KEYS } from './sort-keys';
import { listResponseSchema } from './list';
import { waitsForWindow } from '../schedule/status';

export const ModifiedRowSchema = z.object({
  /** "deployment.apps ns/name" as Fleet prints it. */
  resource: z.string(),
  kind: z.string(),
  apiVersion: z.string(),
  namespace: z.string(),
  name: z.string(),
  /** created = missing (Fleet will create it), deleted = extra (Fleet will delete it), patched = drifted, notOwned = exists but not Fleet's. */
  op: z.enum(['created', 'deleted', 'patched', 'notOwned']),
  patch: z.string().optional(),
});
export type ModifiedRow = z.infer<typeof ModifiedRowSchema>;

export const BundleDeploymentRowSchema = z.object({
  namespace: z.string(),
  name: z.string(),
  cluster: z.string(),
  clusterNamespace: z.string(),
  bundle: z.string(),
  bundleNamespace: z.string(),
  state: BundleStateSchema,
  message: z.string().optional(),
  deploymentID: z.string().optional(),
  stagedDeploymentID: z.string().optional(),
  appliedDeploymentID: z.string().optional(),
  release: z.string().optional(),
  nonReady: z.array(z.object({ resource: z.string(), summary: z.string() })),
  modified: z.array(ModifiedRowSchema),
  /** Fleet truncated the lists (more than 10 entries). */
  incomplete: z.boolean(),
  /** spec.offSchedule: the agent holds changes back until a deployment window opens. */
  offSchedule: z.boolean().optional(),
});
export type BundleDeploymentRow = z.infer<typeof BundleDeploymentRowSchema>;
export const BundleDeploymentListSchema = listResponseSchema(BundleDeploymentRowSchema);
export type BundleDeploymentList = z.infer<typeof BundleDeploymentListSchema>;
export const BD_SORT_KEYS = LIST_SORT_KEYS.bundledeployments;
export const BundleDeploymentListQuerySchema = listQuerySchemaFor('bundledeployments');

export function modifiedRow(m: ModifiedStatus): ModifiedRow {
  const op: ModifiedRow['op'] = m.missing ? (m.exist ? 'notOwned' : 'created') : m.delete ? 'deleted' : 'patched';
  return {
    resource: resourceDisplayName(m.apiVersion, m.kind, m.namespace, m.name),
    kind: m.kind ?? '',
    apiVersion: m.apiVersion ?? '',
    namespace: m.namespace ?? '',
    name: m.name ?? '',
    op,
    ...(op === 'patched' && m.patch ? { patch: m.patch } : {}),
  };
}

interface BDLike extends BundleDeploymentLike {
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: BundleDeploymentLike['spec'];
  status?: BundleDeploymentLike['status'] & { release?: string; modifiedStatus?: ModifiedStatus[] | null; nonReadyStatus?: NonReadyStatus[] | null; incompleteState?: boolean };
}

export function toBundleDeploymentRow(bd: BDLike): BundleDeploymentRow {
  const l = bd.metadata.labels ?? {};
  const st = bd.status;
  const norm: BundleDeploymentLike = { spec: bd.spec, status: st ? { ...st, conditions: st.conditions ?? undefined } : undefined };
  const s = (v: string | undefined) => (v ? v : undefined);
  return {
    namespace: bd.metadata.namespace ?? '',
    name: bd.metadata.name,
    cluster: l['fleet.cattle.io/cluster'] ?? '',
    clusterNamespace: l['fleet.cattle.io/cluster-namespace'] ?? '',
    bundle: l['fleet.cattle.io/bundle-name'] ?? bd.metadata.name,
    bundleNamespace: l['fleet.cattle.io/bundle-namespace'] ?? '',
    state: bundleDeploymentState(norm),
    message: s(bundleDeploymentMessage(norm)) ?? s(st?.conditions?.find((c) => c.type === 'Ready' && c.status === 'False')?.message),
    deploymentID: s(bd.spec?.deploymentID),
    stagedDeploymentID: s(bd.spec?.stagedDeploymentID),
    appliedDeploymentID: s(st?.appliedDeploymentID),
    release: s(st?.release),
    nonReady: (st?.nonReadyStatus ?? []).map((n) => ({
      resource: resourceDisplayName(n.apiVersion, n.kind, n.namespace, n.name),
      summary: nonReadyStatusString(n).slice(resourceDisplayName(n.apiVersion, n.kind, n.namespace, n.name).length + 1),
    })),
    modified: (st?.modifiedStatus ?? []).map(modifiedRow),
    incomplete: st?.incompleteState === true,
    ...(waitsForWindow(bd as { spec?: { offSchedule?: boolean } }) && { offSchedule: true }),
  };
}
