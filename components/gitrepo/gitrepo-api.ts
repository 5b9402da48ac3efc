// Browser-side calls for GitRepos (all through apiFetch, so CSRF and plain-words errors are handled).
import { stringify } from 'yaml';
import type { GitRepoForm } from '@/lib/fleet/forms';
import { GitRepoListSchema } from '@/lib/fleet/rows/gitrepo-row';
import { GitRepoActionResultSchema, GitRepoDetailSchema, GitRepoPermissionsSchema, type GitRepoAction } from '@/lib/fleet/rows/gitrepo-detail';
import { PinResultSchema, type GitRepoPinRequest } from '@/lib/fleet/pin';
import { apiFetch } from '@/lib/http/api-fetch';
import { loadedQuery } from '@/lib/http/loaded-query';
import { apiUrl } from '@/lib/http/urls';


export function fetchGitRepos(ws: string, params: string) {
  return apiFetch(apiUrl.gitrepos(ws, params), { schema: GitRepoListSchema });
}

export function fetchGitRepoDetail(ws: string, name: string) {
  return apiFetch(apiUrl.gitrepo(ws, name), { schema: GitRepoDetailSchema });
}

export function fetchPermissions(ws: string) {
  return apiFetch(apiUrl.gitrepoPermissions(ws), { schema: GitRepoPermissionsSchema });
}

export async function runGitRepoAction(ws: string, name: string, action: GitRepoAction): Promise<string> {
  const r = await apiFetch(apiUrl.gitrepoActions(ws, name), { method: 'POST', body: JSON.stringify({ action }), schema: GitRepoActionResultSchema });
  return r.message;
}

/** `loaded`: uid and generation the page showed; the server refuses (409, in words) if the GitRepo is not that one any more. */
export async function deleteGitRepo(ws: string, name: string, loaded: { uid?: string; generation?: number } = {}): Promise<string> {
  await apiFetch(apiUrl.gitrepo(ws, name, loadedQuery(loaded)), { method: 'DELETE' });
  return 'Deleted';
}

export interface SavedGitRepo {
  object: { metadata: { name: string; resourceVersion?: string } };
}

export function createGitRepo(ws: string, form: GitRepoForm) {
  return apiFetch<SavedGitRepo>(apiUrl.gitrepos(ws), { method: 'POST', body: JSON.stringify({ form }) });
}

/** Edit: resourceVersion and generation as loaded, so a change of the settings meanwhile is a 409. */
export function updateGitRepo(ws: string, name: string, form: GitRepoForm, loaded: { resourceVersion: string; generation?: number }) {
  return apiFetch<SavedGitRepo>(apiUrl.gitrepo(ws, name), { method: 'PUT', body: JSON.stringify({ form, ...loaded }) });
}

/** The object as YAML for download: apiVersion, kind, metadata, spec first; no status, no managedFields. */
export function objectYaml(obj: Record<string, unknown>): string {
  const { apiVersion, kind, metadata, spec, status: _s, ...rest } = obj;
  void _s;
  const meta = { ...(metadata as Record<string, unknown>) };
  delete meta.managedFields;
  return stringify({ apiVersion, kind, metadata: meta, spec, ...rest });
}

/** Metadata the API server sets: noise when comparing what two people want the object to be. */
const SERVER_SET = ['managedFields', 'resourceVersion', 'uid', 'generation', 'creationTimestamp', 'finalizers', 'ownerReferences'];

/** For the conflict comparison: only what an edit sets, keys sorted, so both sides line up. */
export function comparableYaml(obj: Record<string, unknown>): string {
  const meta = { ...(obj.metadata as Record<string, unknown>) };
  for (const k of SERVER_SET) delete meta[k];
  return stringify({ metadata: meta, spec: obj.spec }, { sortMapEntries: true });
}

/** Pin to a commit or unpin; `resourceVersion` as the page shows the GitRepo (a change meanwhile is a 409 in words). */
export function pinGitRepo(ws: string, name: string, req: GitRepoPinRequest) {
  return apiFetch(apiUrl.gitrepoPin(ws, name), { method: 'POST', body: JSON.stringify(req), schema: PinResultSchema });
}
