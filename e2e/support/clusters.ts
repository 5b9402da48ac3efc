// Cluster, group, workspace and token specs: read and change objects on the real API server as a
// kubeconfig context (admin by default), so a test checks what the dashboard wrote.
import { kube } from './k8s';

export { kube };

const FLEET = '/apis/fleet.cattle.io/v1alpha1/namespaces';

export interface StoredCluster {
  metadata: { name: string; namespace: string; labels?: Record<string, string>; resourceVersion?: string };
  spec?: { redeployAgentGeneration?: number; paused?: boolean; agentEnvVars?: { name: string; value?: string }[] };
}

async function ok<T>(p: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const r = await p;
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
}

export async function getCluster(ws: string, name: string): Promise<StoredCluster> {
  return ok(kube<StoredCluster>('GET', `${FLEET}/${ws}/clusters/${name}`), `get cluster ${ws}/${name}`);
}

/** Clusters of a workspace as the API server selects them (labelSelector in kubectl string form), sorted by name. */
export async function listClusters(ws: string, labelSelector?: string): Promise<StoredCluster[]> {
  const qs = labelSelector ? `?labelSelector=${encodeURIComponent(labelSelector)}` : '';
  const l = await ok(kube<{ items: StoredCluster[] }>('GET', `${FLEET}/${ws}/clusters${qs}`), `list clusters ${ws}`);
  return l.items.sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
}

/** Sets (string) or removes (null) labels on a cluster, as admin. */
export async function patchClusterLabels(ws: string, name: string, labels: Record<string, string | null>): Promise<void> {
  await ok(kube('PATCH', `${FLEET}/${ws}/clusters/${name}`, { metadata: { labels } }), `label cluster ${name}`);
}

export async function getObject(ws: string, plural: string, name: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return kube('GET', `${FLEET}/${ws}/${plural}/${name}`);
}

export async function createClusterGroup(ws: string, name: string, selector: unknown): Promise<void> {
  await ok(
    kube('POST', `${FLEET}/${ws}/clustergroups`, { apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'ClusterGroup', metadata: { name, namespace: ws }, spec: { selector } }),
    `create group ${name}`,
  );
}

/** Deletes a Fleet object if it exists (cleanup). */
export async function deleteObject(ws: string, plural: string, name: string): Promise<void> {
  await kube('DELETE', `${FLEET}/${ws}/${plural}/${name}`);
}

export async function getNamespace(name: string): Promise<{ status: number; body: { status?: { phase?: string } } }> {
  return kube('GET', `/api/v1/namespaces/${name}`);
}

export async function deleteNamespace(name: string): Promise<void> {
  await kube('DELETE', `/api/v1/namespaces/${name}`);
}
