// May this person open pages of a workspace at all? Pages answer with a real status: 404 when the workspace does not
// exist, 403 when the person may list none of its Fleet objects (instead of a page of zero counts, as if it were
// empty). Per-kind refusals inside a workspace the person may partly see stay with each list (403 in words).
import type { Person } from '@/lib/auth/current';
import { getCache, type CacheKind } from '@/lib/cache';
import { K8sError } from '@/lib/k8s/errors';
import { serviceIdentity } from '@/lib/k8s/service';
import { k8sRequest } from '@/lib/k8s/transport';
import { mayList } from './read';
import { ALL_WORKSPACES } from './route';

/** The kinds a workspace holds; listing any one of them is enough to open its pages. */
const WORKSPACE_KINDS: readonly CacheKind[] = ['gitrepos', 'helmops', 'clusters', 'clustergroups', 'bundles', 'clusterregistrationtokens', 'gitreporestrictions'];
const NAMESPACES_WAIT_MS = 5_000;

async function namespaceExists(ws: string): Promise<boolean> {
  const cache = getCache();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const synced = await Promise.race([
    cache.ready(['namespaces']).then(() => true),
    new Promise<false>((r) => (timer = setTimeout(() => r(false), NAMESPACES_WAIT_MS))),
  ]);
  clearTimeout(timer);
  if (synced && cache.get('namespaces', undefined, ws)) return true;
  // Not (yet) in the cache, e.g. created a moment ago: ask the API server as the dashboard's identity.
  try {
    await k8sRequest(serviceIdentity(), { method: 'GET', path: `/api/v1/namespaces/${encodeURIComponent(ws)}`, timeoutMs: 5_000 });
    return true;
  } catch (e) {
    if (e instanceof K8sError && e.httpStatus === 404) return false;
    return true; // cannot tell: let the page load and its lists say what they can
  }
}

export type WorkspaceAccess = 'ok' | 'missing' | 'forbidden';

export async function workspaceAccess(person: Pick<Person, 'identity'>, ws: string): Promise<WorkspaceAccess> {
  if (ws === ALL_WORKSPACES) return 'ok';
  if (!(await namespaceExists(ws))) return 'missing';
  const allowed = await Promise.all(WORKSPACE_KINDS.map((k) => mayList(person, k, ws).catch(() => false)));
  return allowed.some(Boolean) ? 'ok' : 'forbidden';
}
