// Where the replicas share their sign-outs: one ConfigMap in the dashboard's namespace, read and written with the
// dashboard's own identity (its ServiceAccount; the chart creates the ConfigMap and a Role on that one name, get and
// patch only). Writes carry the resourceVersion read, so the API server refuses (409) a write that would overwrite
// another replica's.
// FLEETDASH_SIGNOUT_CONFIGMAP names it (default `fleet-dashboard-signed-out`; `-`: sign-outs stay per process), in
// FLEETDASH_NAMESPACE (default: the pod's namespace, else Fleet's system namespace).
import fs from 'node:fs';
import { K8sError } from '@/lib/k8s/errors';
import { FLEET_NAMESPACE } from '@/lib/k8s/fleet-settings';
import { serviceIdentity } from '@/lib/k8s/service';
import { k8sRequest } from '@/lib/k8s/transport';
import { parseRevocations, serializeRevocations } from './revocation-list';
import type { RevocationStore } from './revocations';

export const DEFAULT_SIGNOUT_CONFIGMAP = 'fleet-dashboard-signed-out';
const POD_NAMESPACE_FILE = '/var/run/secrets/kubernetes.io/serviceaccount/namespace';
const TIMEOUT_MS = 3000;

interface ConfigMap {
  metadata: { resourceVersion?: string };
  data?: Record<string, string>;
}

function podNamespace(): string | undefined {
  try {
    return fs.readFileSync(POD_NAMESPACE_FILE, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

export function configMapRevocationStore(env: NodeJS.ProcessEnv = process.env): RevocationStore | undefined {
  const name = env.FLEETDASH_SIGNOUT_CONFIGMAP || DEFAULT_SIGNOUT_CONFIGMAP;
  if (name === '-') return undefined;
  const namespace = env.FLEETDASH_NAMESPACE || podNamespace() || FLEET_NAMESPACE;
  const path = `/api/v1/namespaces/${encodeURIComponent(namespace)}/configmaps/${encodeURIComponent(name)}`;
  return {
    where: `ConfigMap ${namespace}/${name}`,
    async read() {
      const cm = await k8sRequest<ConfigMap>(serviceIdentity(), { method: 'GET', path, timeoutMs: TIMEOUT_MS });
      return { list: parseRevocations(cm.data, Date.now() / 1000), version: cm.metadata.resourceVersion ?? '' };
    },
    async write(list, version) {
      try {
        await k8sRequest(serviceIdentity(), {
          method: 'PATCH',
          path,
          timeoutMs: TIMEOUT_MS,
          // A merge patch keeps the chart's labels and annotations; its resourceVersion is a precondition.
          contentType: 'application/merge-patch+json',
          body: { metadata: { resourceVersion: version }, data: serializeRevocations(list) },
        });
        return true;
      } catch (err) {
        if (err instanceof K8sError && err.httpStatus === 409) return false;
        throw err;
      }
    },
  };
}
