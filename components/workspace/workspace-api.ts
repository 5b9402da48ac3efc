// Browser calls for the Workspaces and Registration pages.
import { z } from 'zod';
import { apiFetch } from '@/lib/http/api-fetch';
import { loadedQuery } from '@/lib/http/loaded-query';
import { TokenListSchema, TokenValuesSchema } from '@/lib/fleet/rows/token-row';
import { apiUrl } from '@/lib/http/urls';


const Counts = z.record(z.string(), z.number());
export const WorkspaceSummarySchema = z.object({
  name: z.string(),
  uid: z.string().optional(),
  canList: z.boolean(),
  phase: z.string().optional(),
  counts: Counts,
  readyClusters: z.number(),
  readyGitRepos: z.number(),
});
export type WorkspaceSummary = z.infer<typeof WorkspaceSummarySchema>;
/** Shown for a kind the person may not list there (the server leaves its count out). */
export const NOT_ALLOWED = '—';

export function fetchWorkspaceSummaries() {
  return apiFetch(apiUrl.workspaceSummary(), { schema: z.object({ items: z.array(WorkspaceSummarySchema), fleetWorkspaces: z.boolean() }) });
}
export function createWorkspace(name: string) {
  return apiFetch(apiUrl.workspaceCreate(), { method: 'POST', body: JSON.stringify({ name }), schema: z.object({ name: z.string(), via: z.string() }) });
}
export function deleteWorkspace(name: string, uid?: string) {
  return apiFetch(apiUrl.workspace(name), { method: 'DELETE', body: JSON.stringify({ confirm: name, uid }) });
}

export const RestrictionSchema = z.object({
  name: z.string(),
  uid: z.string().optional(),
  resourceVersion: z.string().optional(),
  defaultServiceAccount: z.string(),
  allowedServiceAccounts: z.array(z.string()),
  allowedRepoPatterns: z.array(z.string()),
  allowedTargetNamespaces: z.array(z.string()),
});
export type Restriction = z.infer<typeof RestrictionSchema>;

export function fetchRestrictions(ws: string) {
  return apiFetch(apiUrl.restrictions(ws), { schema: z.object({ items: z.array(RestrictionSchema) }) });
}
export function putRestriction(ws: string, r: Restriction) {
  const { uid: _uid, ...body } = r;
  void _uid;
  return apiFetch(apiUrl.restriction(ws, r.name), { method: 'PUT', body: JSON.stringify(body) });
}
export function deleteRestriction(ws: string, name: string, uid?: string) {
  return apiFetch(apiUrl.restriction(ws, name, loadedQuery({ uid })), { method: 'DELETE' });
}

export function fetchTokens(ws: string) {
  return apiFetch(apiUrl.tokens(ws), { schema: TokenListSchema });
}
export function createToken(ws: string, name: string, ttl: string) {
  return apiFetch(apiUrl.tokens(ws), { method: 'POST', body: JSON.stringify({ name, ttl }), schema: z.object({ name: z.string() }) });
}
export function deleteToken(ws: string, name: string, uid?: string) {
  return apiFetch(apiUrl.token(ws, name, loadedQuery({ uid })), { method: 'DELETE' });
}
export function fetchTokenValues(ws: string, name: string) {
  return apiFetch(apiUrl.tokenValues(ws, name), { schema: TokenValuesSchema });
}
