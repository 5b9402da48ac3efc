// Operations the cluster/workspace/registration pages need beyond lib/k8s/client.ts: namespaces
// (create/delete), Rancher's FleetWorkspace (when its CRD is installed), moving a cluster the
// Rancher way, and reading ONE key of a registration-values Secret. Paths are built here from
// validated names only; every call runs as the person (their RBAC decides).
import { isValidName, isValidNamespace } from './client';
import { K8sError } from './errors';
import type { Identity } from './identity';
import { serviceIdentity } from './service';
import { k8sRequest } from './transport';

const REGISTRATION_VALUES_TYPE = 'fleet.cattle.io/cluster-registration-values';
/** Marks namespaces created here as workspaces even before they hold Fleet objects. */
export const WORKSPACE_LABEL = 'fleet-dashboard.dev/workspace';

function ns(n: string): string {
  if (!isValidNamespace(n)) throw new TypeError(`invalid namespace "${n}"`);
  return n;
}
function nm(n: string): string {
  if (!isValidName(n)) throw new TypeError(`invalid name "${n}"`);
  return n;
}

let fwCache: { at: number; present: Promise<boolean> } | undefined;

/** Is Rancher's fleetworkspaces.management.cattle.io served? (discovery, as the dashboard; cached 60 s) */
export function fleetWorkspacesInstalled(): Promise<boolean> {
  const now = Date.now();
  if (fwCache && now - fwCache.at < 60_000) return fwCache.present;
  const present = k8sRequest<{ resources?: { name: string }[] }>(serviceIdentity(), { method: 'GET', path: '/apis/management.cattle.io/v3' }).then(
    (r) => (r.resources ?? []).some((x) => x.name === 'fleetworkspaces'),
    (e) => {
      if (e instanceof K8sError && e.httpStatus === 404) return false;
      throw e;
    },
  );
  fwCache = { at: now, present };
  present.catch(() => (fwCache = undefined));
  return present;
}

export function workspaceAdmin(identity: Identity) {
  const call = <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, contentType?: 'application/merge-patch+json') =>
    k8sRequest<T>(identity, { method, path, body, contentType });
  return {
    createNamespace: (name: string) =>
      call('POST', '/api/v1/namespaces', {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: ns(name), labels: { [WORKSPACE_LABEL]: 'true' } },
      }),
    /** With the uid the person loaded as precondition: a namespace deleted and created again since is refused (409). */
    deleteNamespace: (name: string, uid?: string) =>
      call('DELETE', `/api/v1/namespaces/${ns(name)}`, uid ? { apiVersion: 'v1', kind: 'DeleteOptions', preconditions: { uid } } : undefined),
    /** Rancher creates the same-named Namespace (and RBAC) for a FleetWorkspace. */
    createFleetWorkspace: (name: string) =>
      call('POST', '/apis/management.cattle.io/v3/fleetworkspaces', {
        apiVersion: 'management.cattle.io/v3',
        kind: 'FleetWorkspace',
        metadata: { name: ns(name) },
      }),
    deleteFleetWorkspace: (name: string) => call('DELETE', `/apis/management.cattle.io/v3/fleetworkspaces/${ns(name)}`),
    /** Rancher's "Change workspace": its management Cluster's spec.fleetWorkspaceName. */
    moveRancherCluster: (managementClusterName: string, workspace: string) =>
      call('PATCH', `/apis/management.cattle.io/v3/clusters/${nm(managementClusterName)}`, { spec: { fleetWorkspaceName: ns(workspace) } }, 'application/merge-patch+json'),
    /**
     * The `values` of a registration token's Secret, or undefined when the Secret is of another type
     * (so this cannot be used to read arbitrary Secrets). Throws K8sError (403/404) as the person.
     */
    registrationValues: async (namespace: string, secretName: string): Promise<string | undefined> => {
      const s = await call<{ type?: string; data?: Record<string, string> }>('GET', `/api/v1/namespaces/${ns(namespace)}/secrets/${nm(secretName)}`);
      if (s.type !== REGISTRATION_VALUES_TYPE) return undefined;
      const v = s.data?.values;
      return v === undefined ? undefined : Buffer.from(v, 'base64').toString('utf8');
    },
  };
}
