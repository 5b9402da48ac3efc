// GitRepo specs: read and change objects on the real API server as a kubeconfig context (admin by
// default), so a test checks what the dashboard wrote, and can change things behind its back.
import { kube, type ApiAnswer } from './k8s';

export { kube, type ApiAnswer };

const gitRepoPath = (ns: string, name?: string) => `/apis/fleet.cattle.io/v1alpha1/namespaces/${ns}/gitrepos${name ? `/${name}` : ''}`;

export interface StoredGitRepo {
  metadata: { name: string; namespace: string; generation?: number; resourceVersion?: string; uid?: string; labels?: Record<string, string> };
  spec: Record<string, unknown> & {
    repo?: string;
    branch?: string;
    revision?: string;
    paths?: string[];
    clientSecretName?: string;
    targets?: Record<string, unknown>[];
    paused?: boolean;
    forceSyncGeneration?: number;
  };
}

/** The GitRepo as stored, or undefined when it does not exist. */
export async function getGitRepo(ns: string, name: string): Promise<StoredGitRepo | undefined> {
  const r = await kube<StoredGitRepo>('GET', gitRepoPath(ns, name));
  if (r.status === 404) return undefined;
  if (r.status !== 200) throw new Error(`GET gitrepo ${ns}/${name}: ${r.status}`);
  return r.body;
}

export async function createGitRepoAsAdmin(ns: string, name: string, spec: Record<string, unknown>): Promise<StoredGitRepo> {
  const r = await kube<StoredGitRepo>('POST', gitRepoPath(ns), { apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'GitRepo', metadata: { name, namespace: ns }, spec });
  if (r.status !== 201) throw new Error(`create gitrepo ${ns}/${name}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
}

export async function patchGitRepoAsAdmin(ns: string, name: string, patch: Record<string, unknown>): Promise<StoredGitRepo> {
  const r = await kube<StoredGitRepo>('PATCH', gitRepoPath(ns, name), patch);
  if (r.status !== 200) throw new Error(`patch gitrepo ${ns}/${name}: ${r.status}`);
  return r.body;
}

/** Deletes (ignores absence); used for cleanup. */
export async function deleteGitRepoAsAdmin(ns: string, name: string): Promise<void> {
  await kube('DELETE', gitRepoPath(ns, name));
}

/** Names of GitRepos in `ns` starting with `prefix` (for checks that nothing was created, and cleanup). */
export async function gitRepoNamesWithPrefix(ns: string, prefix: string): Promise<string[]> {
  const r = await kube<{ items: { metadata: { name: string } }[] }>('GET', gitRepoPath(ns));
  return r.body.items.map((i) => i.metadata.name).filter((n) => n.startsWith(prefix)).sort();
}

export interface StoredSecret {
  type: string;
  metadata: { name: string; labels?: Record<string, string>; ownerReferences?: { kind: string; name: string; uid: string }[] };
  data?: Record<string, string>;
}

/** A Secret as admin reads it (the operator cannot), or undefined. Values stay base64. */
export async function getSecret(ns: string, name: string): Promise<StoredSecret | undefined> {
  const r = await kube<StoredSecret>('GET', `/api/v1/namespaces/${ns}/secrets/${name}`);
  if (r.status === 404) return undefined;
  if (r.status !== 200) throw new Error(`GET secret ${ns}/${name}: ${r.status}`);
  return r.body;
}

/** Names of Secrets in `ns` starting with `prefix`. */
export async function secretNamesWithPrefix(ns: string, prefix: string): Promise<string[]> {
  const r = await kube<{ items: { metadata: { name: string } }[] }>('GET', `/api/v1/namespaces/${ns}/secrets`);
  return r.body.items.map((i) => i.metadata.name).filter((n) => n.startsWith(prefix)).sort();
}

export async function deleteSecretAsAdmin(ns: string, name: string): Promise<void> {
  await kube('DELETE', `/api/v1/namespaces/${ns}/secrets/${name}`);
}
