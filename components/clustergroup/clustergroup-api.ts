// Browser calls for the cluster group pages.
import { z } from 'zod';
import { apiFetch } from '@/lib/http/api-fetch';
import { loadedQuery } from '@/lib/http/loaded-query';
import { ClusterGroupDetailSchema, ClusterGroupListSchema } from '@/lib/fleet/rows/clustergroup-row';
import type { LabelSelector } from '@/lib/fleet/selector';
import { apiUrl } from '@/lib/http/urls';

/** What the form sends; the server validates it with ClusterGroupFormSchema. */
export interface GroupBody {
  name: string;
  selector: LabelSelector;
  resourceVersion?: string;
}


export function fetchGroups(ws: string, params: string) {
  return apiFetch(apiUrl.clustergroups(ws, params), { schema: ClusterGroupListSchema });
}
export function fetchGroup(ws: string, name: string) {
  return apiFetch(apiUrl.clustergroup(ws, name), { schema: ClusterGroupDetailSchema });
}
export function createGroup(ws: string, form: GroupBody) {
  return apiFetch(apiUrl.clustergroups(ws), { method: 'POST', body: JSON.stringify(form), schema: z.object({ name: z.string() }) });
}
export function updateGroup(ws: string, name: string, form: Omit<GroupBody, 'name'>) {
  return apiFetch(apiUrl.clustergroup(ws, name), { method: 'PUT', body: JSON.stringify(form) });
}
export function deleteGroup(ws: string, name: string, uid?: string) {
  return apiFetch(apiUrl.clustergroup(ws, name, loadedQuery({ uid })), { method: 'DELETE' });
}
