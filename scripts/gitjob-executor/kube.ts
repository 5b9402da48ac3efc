// Thin API I/O for the executor on top of the seed's REST client: kubeconfig details, get-or-undefined, list+watch,
// status patches, binding, TokenRequest and the node heartbeat.
import fs from 'node:fs';
import { fetch } from 'undici';
import YAML from 'yaml';
import { KubeError, request, type KubeTarget } from '../seed/client';
import { leaseObject, microTime, nodeObject, readyCondition } from './node';
import type { Job, KeyData, Pod, PodStatus } from './types';

export interface ClusterInfo {
  server: string;
  caData?: string; // base64 PEM
  insecure: boolean;
}

/** Server and CA of a kubeconfig context: the pods' own kubeconfigs point at the same API server. */
export function clusterInfo(kubeconfigPath: string, context: string): ClusterInfo {
  const kc = YAML.parse(fs.readFileSync(kubeconfigPath, 'utf8')) as {
    contexts?: { name: string; context: { cluster: string } }[];
    clusters?: { name: string; cluster: { server: string; 'certificate-authority-data'?: string; 'certificate-authority'?: string; 'insecure-skip-tls-verify'?: boolean } }[];
  };
  const ctx = kc.contexts?.find((c) => c.name === context);
  const cl = kc.clusters?.find((c) => c.name === ctx?.context.cluster)?.cluster;
  if (!cl) throw new Error(`kubeconfig ${kubeconfigPath}: no cluster for context "${context}"`);
  const caFile = cl['certificate-authority'];
  const caData = cl['certificate-authority-data'] ?? (caFile ? fs.readFileSync(caFile).toString('base64') : undefined);
  return { server: cl.server, caData, insecure: !!cl['insecure-skip-tls-verify'] };
}

/** A kubeconfig for one ServiceAccount token (what a pod's in-cluster config amounts to). */
export function tokenKubeconfig(c: ClusterInfo, token: string, namespace: string): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'cluster', cluster: { server: c.server, ...(c.caData ? { 'certificate-authority-data': c.caData } : {}), ...(c.insecure ? { 'insecure-skip-tls-verify': true } : {}) } }],
    users: [{ name: 'serviceaccount', user: { token } }],
    contexts: [{ name: 'pod', context: { cluster: 'cluster', user: 'serviceaccount', namespace } }],
    'current-context': 'pod',
  });
}

export async function getOrUndefined<T>(k: KubeTarget, p: string): Promise<T | undefined> {
  try {
    return await request<T>(k, 'GET', p);
  } catch (e) {
    if (e instanceof KubeError && e.status === 404) return undefined;
    throw e;
  }
}

const enc = encodeURIComponent;
export const podPath = (ns: string, name: string) => `/api/v1/namespaces/${enc(ns)}/pods/${enc(name)}`;

export const getPod = (k: KubeTarget, ns: string, name: string) => getOrUndefined<Pod>(k, podPath(ns, name));
export const getJob = (k: KubeTarget, ns: string, name: string) => getOrUndefined<Job>(k, `/apis/batch/v1/namespaces/${enc(ns)}/jobs/${enc(name)}`);

/** A ConfigMap's data and binaryData, or a Secret's data, as bytes per key. */
export async function getKeyData(k: KubeTarget, kind: 'configmaps' | 'secrets', ns: string, name: string): Promise<KeyData | undefined> {
  const o = await getOrUndefined<{ data?: Record<string, string>; binaryData?: Record<string, string> }>(k, `/api/v1/namespaces/${enc(ns)}/${kind}/${enc(name)}`);
  if (!o) return undefined;
  const m: KeyData = new Map();
  for (const [key, v] of Object.entries(o.data ?? {})) m.set(key, Buffer.from(v, kind === 'secrets' ? 'base64' : 'utf8'));
  for (const [key, v] of Object.entries(o.binaryData ?? {})) m.set(key, Buffer.from(v, 'base64'));
  return m;
}

export async function bind(k: KubeTarget, pod: Pod, node: string): Promise<void> {
  const ns = pod.metadata.namespace!;
  await request(k, 'POST', `${podPath(ns, pod.metadata.name)}/binding`, {
    apiVersion: 'v1',
    kind: 'Binding',
    metadata: { name: pod.metadata.name, namespace: ns, uid: pod.metadata.uid },
    target: { apiVersion: 'v1', kind: 'Node', name: node },
  });
}

/** Replaces the pod's status fields we own (JSON merge patch: lists are replaced whole). */
export async function patchPodStatus(k: KubeTarget, pod: Pod, status: PodStatus): Promise<void> {
  await request(k, 'PATCH', `${podPath(pod.metadata.namespace!, pod.metadata.name)}/status`, { metadata: { uid: pod.metadata.uid }, status }, 'application/merge-patch+json');
}

/** Confirms a graceful deletion, as the kubelet does once the pod's containers are gone. */
export async function deletePodNow(k: KubeTarget, pod: Pod): Promise<void> {
  try {
    await request(k, 'DELETE', podPath(pod.metadata.namespace!, pod.metadata.name), { apiVersion: 'v1', kind: 'DeleteOptions', gracePeriodSeconds: 0, preconditions: { uid: pod.metadata.uid } });
  } catch (e) {
    if (!(e instanceof KubeError && (e.status === 404 || e.status === 409))) throw e;
  }
}

/** A token for the pod's ServiceAccount, bound to the pod (invalid once the pod is gone), as the kubelet requests it. */
export async function podToken(k: KubeTarget, pod: Pod, seconds = 3600): Promise<string> {
  const sa = pod.spec.serviceAccountName || 'default';
  const r = await request<{ status: { token: string } }>(k, 'POST', `/api/v1/namespaces/${enc(pod.metadata.namespace!)}/serviceaccounts/${enc(sa)}/token`, {
    apiVersion: 'authentication.k8s.io/v1',
    kind: 'TokenRequest',
    spec: { expirationSeconds: seconds, boundObjectRef: { apiVersion: 'v1', kind: 'Pod', name: pod.metadata.name, uid: pod.metadata.uid } },
  });
  return r.status.token;
}

/** Registers the Node (or updates the labels of an existing one and marks it Ready) and returns its uid. */
export async function ensureNode(k: KubeTarget, name: string, labels: Record<string, string>, hostIP: string): Promise<string> {
  const now = new Date().toISOString();
  const node = nodeObject(name, labels, hostIP, now);
  const existing = await getOrUndefined<{ metadata: { uid: string } }>(k, `/api/v1/nodes/${enc(name)}`);
  if (!existing) {
    try {
      return (await request<{ metadata: { uid: string } }>(k, 'POST', '/api/v1/nodes', node)).metadata.uid;
    } catch (e) {
      if (!(e instanceof KubeError && e.status === 409)) throw e;
    }
  }
  await request(k, 'PATCH', `/api/v1/nodes/${enc(name)}`, { metadata: { labels } }, 'application/merge-patch+json');
  await request(k, 'PATCH', `/api/v1/nodes/${enc(name)}/status`, { status: node.status }, 'application/merge-patch+json');
  return (await request<{ metadata: { uid: string } }>(k, 'GET', `/api/v1/nodes/${enc(name)}`)).metadata.uid;
}

/** One heartbeat: renews the node Lease and, when `withCondition`, the Ready condition's lastHeartbeatTime. */
export async function heartbeat(k: KubeTarget, name: string, nodeUid: string, withCondition: boolean): Promise<void> {
  const now = new Date();
  const leasePath = `/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${enc(name)}`;
  const lease = leaseObject(name, nodeUid, now);
  try {
    await request(k, 'PATCH', leasePath, { spec: { holderIdentity: name, leaseDurationSeconds: lease.spec.leaseDurationSeconds, renewTime: microTime(now) } }, 'application/merge-patch+json');
  } catch (e) {
    if (!(e instanceof KubeError && e.status === 404)) throw e;
    await request(k, 'POST', '/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases', lease);
  }
  if (withCondition) {
    const node = await request<{ status?: { conditions?: { type: string; status: string; lastTransitionTime?: string }[] } }>(k, 'GET', `/api/v1/nodes/${enc(name)}`);
    const conds = node.status?.conditions ?? [];
    const prev = conds.find((c) => c.type === 'Ready');
    const ready = { ...readyCondition(now.toISOString()), lastTransitionTime: prev?.status === 'True' && prev.lastTransitionTime ? prev.lastTransitionTime : now.toISOString() };
    await request(k, 'PATCH', `/api/v1/nodes/${enc(name)}/status`, { status: { conditions: [...conds.filter((c) => c.type !== 'Ready'), ready] } }, 'application/merge-patch+json');
  }
}

export type WatchEvent<T> = { type: 'ADDED' | 'MODIFIED' | 'DELETED'; object: T };

/**
 * List, then watch from the list's resourceVersion, for ever: `onList` gets every full list (also after each watch
 * ends, every `relistSeconds`), `onEvent` each change. Errors (incl. 410 Gone) lead to a fresh list after a pause.
 */
export async function listWatch<T>(
  k: KubeTarget,
  path: string,
  query: Record<string, string>,
  onList: (items: T[]) => void,
  onEvent: (e: WatchEvent<T>) => void,
  signal: AbortSignal,
  onError: (e: unknown) => void,
  relistSeconds = 60,
): Promise<void> {
  while (!signal.aborted) {
    try {
      const list = await request<{ metadata: { resourceVersion: string }; items: T[] | null }>(k, 'GET', `${path}?${new URLSearchParams(query)}`);
      onList(list.items ?? []);
      const q = new URLSearchParams({ ...query, watch: '1', resourceVersion: list.metadata.resourceVersion, timeoutSeconds: String(relistSeconds), allowWatchBookmarks: 'true' });
      const res = await fetch(`${k.server}${path}?${q}`, { dispatcher: k.dispatcher, headers: k.headers, signal });
      if (!res.ok || !res.body) throw new Error(`watch ${path}: ${res.status} ${await res.text()}`);
      let buf = '';
      const decoder = new TextDecoder();
      for await (const chunk of res.body) {
        buf += decoder.decode(chunk as Uint8Array, { stream: true });
        let nl: number;
        while ((nl = buf.indexOf('\n')) >= 0) {
          const line = buf.slice(0, nl).trim();
          buf = buf.slice(nl + 1);
          if (!line) continue;
          const ev = JSON.parse(line) as { type: string; object: T & { code?: number; message?: string } };
          if (ev.type === 'ERROR') throw new Error(`watch ${path}: ${ev.object.code} ${ev.object.message}`);
          if (ev.type === 'ADDED' || ev.type === 'MODIFIED' || ev.type === 'DELETED') onEvent(ev as WatchEvent<T>);
        }
      }
    } catch (e) {
      if (signal.aborted) return;
      onError(e);
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}
