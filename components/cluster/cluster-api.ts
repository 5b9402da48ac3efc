// Browser calls for cluster pages. Each returns the server's answer or throws ApiFetchError in words.
import { apiFetch } from '@/lib/http/api-fetch';
import { loadedQuery } from '@/lib/http/loaded-query';
import {
  ClusterActionResultSchema,
  ClusterDetailSchema,
  ClusterListSchema,
  type ClusterAction,
  type LabelEdit,
  type ProxyEdit,
} from '@/lib/fleet/rows/cluster-row';
import { apiUrl } from '@/lib/http/urls';


export function fetchClusters(ws: string, params: string) {
  return apiFetch(apiUrl.clusters(ws, params), { schema: ClusterListSchema });
}
export function fetchClusterDetail(ws: string, name: string) {
  return apiFetch(apiUrl.cluster(ws, name), { schema: ClusterDetailSchema });
}
export function clusterAction(ws: string, name: string, action: ClusterAction['action']) {
  return apiFetch(apiUrl.cluster(ws, name), { method: 'POST', body: JSON.stringify({ action }), schema: ClusterActionResultSchema });
}
export function deleteCluster(ws: string, name: string, uid?: string) {
  return apiFetch(apiUrl.cluster(ws, name, loadedQuery({ uid })), { method: 'DELETE' });
}
export function putLabels(ws: string, name: string, edit: LabelEdit) {
  return apiFetch<{ labels: Record<string, string>; resourceVersion?: string }>(apiUrl.clusterPart(ws, name, 'labels'), { method: 'PUT', body: JSON.stringify(edit) });
}
export function putProxy(ws: string, name: string, edit: ProxyEdit) {
  return apiFetch<{ resourceVersion?: string }>(apiUrl.clusterPart(ws, name, 'proxy'), { method: 'PUT', body: JSON.stringify(edit) });
}
export function moveInfo(ws: string, name: string) {
  return apiFetch<{ possible: boolean; reason?: string }>(apiUrl.clusterPart(ws, name, 'move'));
}
export function moveCluster(ws: string, name: string, to: string) {
  return apiFetch(apiUrl.clusterPart(ws, name, 'move'), { method: 'POST', body: JSON.stringify({ to }) });
}

export const ACTION_WORDS: Record<ClusterAction['action'], { label: string; title: string; done: (r: { redeployAgentGeneration?: number; paused?: boolean }) => string }> = {
  forceUpdate: { label: 'Force update agent', title: 'Force agent update', done: (r) => `redeployAgentGeneration is now ${r.redeployAgentGeneration}` },
  pause: { label: 'Pause', title: 'Pause', done: () => 'paused: Fleet holds bundle updates for this cluster until it is unpaused' },
  unpause: { label: 'Unpause', title: 'Unpause', done: () => 'unpaused: bundle updates roll out to this cluster again' },
};
