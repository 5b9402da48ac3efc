// Browser-side calls for GitRepos (all through apiFetch, so CSRF and plain-words errors are handled).
import { stringify } from 'yaml';
import type { GitRepoForm } from '@/lib/fleet/forms';
import { GitRepoActionResultSchema, GitRepoDetailSchema, GitRepoPermissionsSchema, type GitRepoAction } from '@/lib/fleet/rows/gitrepo-detail';
import { apiFetch } from '@/lib/http/api-fetch';
import { loadedQuery } from '@/lib/http/loaded-query';

const enc = encodeURIComponent;
export const gitReposApi = (ws: string) => `/api/w/${enc(ws)}/gitrepos`;
export const gitRepoApi = (ws: string, name: string) => `${gitReposApi(ws)}/${enc(name)}`;
export const gitRepoPage = (ws: string, name: string) => `/w/${enc(ws)}/gitrepos/${enc(name)}`;

export function fetchGitRepoDetail(ws: string, name: string) {
  return apiFetch(gitRepoApi(ws, name), { schema: GitRepoDetailSchema });
}

export function fetchPermissions(ws: string) {
  return apiFetch(`${gitReposApi(ws)}/can_i`, { schema: GitRepoPermissionsSchema });
}

export async function runGitRepoAction(ws: string, name: string, action: GitRepoAction): Promise<string> {
  const r = await apiFetch(`${gitRepoApi(ws, name)}/actions`, { method: 'POST', body: JSON.stringify({ action }), schema: GitRepoActionResultSchema });
  return r.message;
}

/** `loaded`: uid and generation the page showed; the server refuses (409, in words) if the GitRepo is not that one any more. */
export async function deleteGitRepo(ws: string, name: string, loaded: { uid?: string; generation?: number } = {}): Promise<string> {
  await apiFetch(`${gitRepoApi(ws, name)}${loadedQuery(loaded)}`, { method: 'DELETE' });
  return 'Deleted';
}

export interface SavedGitRepo {
  object: { metadata: { name: string; resourceVersion?: string } };
}

export function createGitRepo(ws: string, form: GitRepoForm) {
  return apiFetch<SavedGitRepo>(gitReposApi(ws), { method: 'POST', body: JSON.stringify({ form }) });
}

/** Edit: resourceVersion and generation as loaded, so a change of the settings meanwhile is a 409. */
export function updateGitRepo(ws: string, name: string, form: GitRepoForm, loaded: { resourceVersion: string; generation?: number }) {
  return apiFetch<SavedGitRepo>(gitRepoApi(ws, name), { method: 'PUT', body: JSON.stringify({ form, ...loaded }) });
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
