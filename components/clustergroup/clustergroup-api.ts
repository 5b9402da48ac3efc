// Browser calls for the cluster group pages.
import { z } from 'zod';
import { apiFetch } from '@/lib/http/api-fetch';
import { loadedQuery } from '@/lib/http/loaded-query';
import { ClusterGroupDetailSchema, ClusterGroupListSchema } from '@/lib/fleet/rows/clustergroup-row';
import type { LabelSelector } from '@/lib/fleet/selector';

/** What the form sends; the server validates it with ClusterGroupFormSchema. */
export interface GroupBody {
  name: string;
  selector: LabelSelector;
  resourceVersion?: string;
}

const enc = encodeURIComponent;
const base = (ws: string) => `/api/w/${enc(ws)}/clustergroups`;

export function fetchGroups(ws: string, params: string) {
  return apiFetch(`${base(ws)}${params ? `?${params}` : ''}`, { schema: ClusterGroupListSchema });
}
export function fetchGroup(ws: string, name: string) {
  return apiFetch(`${base(ws)}/${enc(name)}`, { schema: ClusterGroupDetailSchema });
}
export function createGroup(ws: string, form: GroupBody) {
  return apiFetch(base(ws), { method: 'POST', body: JSON.stringify(form), schema: z.object({ name: z.string() }) });
}
export function updateGroup(ws: string, name: string, form: Omit<GroupBody, 'name'>) {
  return apiFetch(`${base(ws)}/${enc(name)}`, { method: 'PUT', body: JSON.stringify(form) });
}
export function deleteGroup(ws: string, name: string, uid?: string) {
  return apiFetch(`${base(ws)}/${enc(name)}${loadedQuery({ uid })}`, { method: 'DELETE' });
}
