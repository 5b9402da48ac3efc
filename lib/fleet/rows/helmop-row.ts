// The HelmOp list row: what the HelmOps table shows, projected from a HelmOp object. The state is
// object-state.ts helmOpState. Versions: `versionAsked` is spec.helm.version (exact, a range, or
// empty = latest), `versionResolved` is status.version, the exact version Fleet resolved and put in
// the Bundle (github.com/rancher/fleet v0.16.0 helmops/reconciler handleVersion). Fleet does not
// report which chart version each cluster runs: BundleDeployment status.release is only
// "<namespace>/<release>:<helm revision>", so the resolved version counts as deployed only once
// the HelmOp is Ready (`versionDeployed`).
import { z } from 'zod';
import type { HelmOp } from '../kinds/helmop';
import { helmOpState } from '../object-state';
import { sourceFromHelm } from '../forms/helmop-convert';
import { isHelmOpPinned } from '../pin';
import { latest } from './gitrepo-row';
import { APP_ROW_FIELDS } from './app-row-fields';
import { listResponseSchema } from './list';
import { LIST_SORT_KEYS, listQuerySchemaFor, type SortKeyOf } from './sort-keys';

export const HelmSourceTypeSchema = z.enum(['repo', 'oci', 'tarball']);

export const HelmOpRowSchema = z.object({
  ...APP_ROW_FIELDS,
  sourceType: HelmSourceTypeSchema,
  /** One line: "https://charts.example.com · hello", "oci://…", or the archive URL. */
  source: z.string(),
  chart: z.string(),
  versionAsked: z.string().optional(),
  versionResolved: z.string().optional(),
  versionDeployed: z.string().optional(),
  pinned: z.boolean(),
  paused: z.boolean(),
  lastUpdate: z.string().optional(),
  uid: z.string().optional(),
  generation: z.number().int().optional(),
});
export type HelmOpRow = z.infer<typeof HelmOpRowSchema>;

export const HelmOpListSchema = listResponseSchema(HelmOpRowSchema);
export const HELMOP_SORT_KEYS = LIST_SORT_KEYS.helmops;
export type HelmOpSortKey = SortKeyOf<'helmops'>;
export const HelmOpListQuerySchema = listQuerySchemaFor('helmops');

/** Source in one line and the chart name, for rows and the applications view. */
export function helmSourceText(h: Pick<HelmOp, 'spec'>): { type: z.infer<typeof HelmSourceTypeSchema>; text: string; chart: string } {
  const s = sourceFromHelm(h.spec.helm);
  switch (s.type) {
    case 'repo':
      return { type: 'repo', text: `${s.repo} · ${s.chart}`, chart: s.chart };
    case 'oci':
      return { type: 'oci', text: s.reference, chart: s.reference.split('/').pop() ?? s.reference };
    case 'tarball':
      return { type: 'tarball', text: s.url, chart: (s.url.split('/').pop() ?? s.url).replace(/\.tgz$/i, '') };
  }
}

export function toHelmOpRow(h: HelmOp): HelmOpRow {
  const st = h.status;
  const { state, message } = helmOpState(h);
  const src = helmSourceText(h);
  const resolved = st?.version || undefined;
  return {
    namespace: h.metadata.namespace ?? '',
    name: h.metadata.name,
    state,
    message: state === 'Ready' ? undefined : message,
    readyClusters: st?.readyClusters ?? 0,
    desiredReadyClusters: st?.desiredReadyClusters ?? 0,
    sourceType: src.type,
    source: src.text,
    chart: src.chart,
    versionAsked: h.spec.helm?.version || undefined,
    versionResolved: resolved,
    versionDeployed: state === 'Ready' && (st?.desiredReadyClusters ?? 0) > 0 ? resolved : undefined,
    pinned: isHelmOpPinned(h),
    paused: h.spec.paused === true,
    lastUpdate: latest([...(st?.conditions ?? []).map((c) => c.lastUpdateTime ?? c.lastTransitionTime), h.metadata.creationTimestamp]),
    uid: h.metadata.uid,
    generation: h.metadata.generation,
  };
}
