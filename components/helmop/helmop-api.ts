// Browser-side calls for HelmOps (all through apiFetch, so CSRF and plain-words errors are handled).
import type { HelmOpForm } from '@/lib/fleet/forms';
import { HelmOpListSchema } from '@/lib/fleet/rows/helmop-row';
import { HelmOpDetailSchema, type HelmOpAction } from '@/lib/fleet/rows/helmop-detail';
import { GitRepoActionResultSchema, GitRepoPermissionsSchema } from '@/lib/fleet/rows/gitrepo-detail';
import { apiFetch } from '@/lib/http/api-fetch';
import { loadedQuery } from '@/lib/http/loaded-query';
import { apiUrl } from '@/lib/http/urls';

export function fetchHelmOps(ws: string, params: string) {
  return apiFetch(apiUrl.helmops(ws, params), { schema: HelmOpListSchema });
}

export function fetchHelmOpDetail(ws: string, name: string) {
  return apiFetch(apiUrl.helmop(ws, name), { schema: HelmOpDetailSchema });
}

export function fetchHelmOpPermissions(ws: string) {
  return apiFetch(apiUrl.helmopPermissions(ws), { schema: GitRepoPermissionsSchema });
}

export async function runHelmOpAction(ws: string, name: string, action: HelmOpAction): Promise<string> {
  const r = await apiFetch(apiUrl.helmopActions(ws, name), { method: 'POST', body: JSON.stringify(action), schema: GitRepoActionResultSchema });
  return r.message;
}

/** `loaded`: uid and generation the page showed; the server refuses (409, in words) if the HelmOp is not that one any more. */
export async function deleteHelmOp(ws: string, name: string, loaded: { uid?: string; generation?: number } = {}): Promise<string> {
  await apiFetch(apiUrl.helmop(ws, name, loadedQuery(loaded)), { method: 'DELETE' });
  return 'Deleted';
}

export interface SavedHelmOp {
  object: { metadata: { name: string; resourceVersion?: string } };
}

export function createHelmOp(ws: string, form: HelmOpForm) {
  return apiFetch<SavedHelmOp>(apiUrl.helmops(ws), { method: 'POST', body: JSON.stringify({ form }) });
}

/** Edit: resourceVersion and generation as loaded, so a change of the settings meanwhile is a 409. */
export function updateHelmOp(ws: string, name: string, form: HelmOpForm, loaded: { resourceVersion: string; generation?: number }) {
  return apiFetch<SavedHelmOp>(apiUrl.helmop(ws, name), { method: 'PUT', body: JSON.stringify({ form, ...loaded }) });
}

export interface ChartVersionsAnswer {
  chart: string;
  versions: { version: string; appVersion?: string; deprecated?: boolean }[];
  truncated: boolean;
  /** What the typed version or range selects ('' = latest stable), null when nothing matches. */
  selected: string | null;
}

/** The chart's versions, read by the server from the repository's index.yaml under its limits. */
export function fetchChartVersions(ws: string, repo: string, chart: string, version: string) {
  return apiFetch<ChartVersionsAnswer>(apiUrl.helmopVersions(ws, { repo, chart, version }));
}
