// One look at the Kubernetes API server as the dashboard's own identity (GET /version, 3 s deadline).
import { k8sRequest } from '@/lib/k8s/transport';
import { serviceIdentity } from '@/lib/k8s/service';
import { toApiError } from '@/lib/k8s/errors';

export interface Probe {
  ok: boolean;
  apiServer: 'reachable' | 'unreachable';
  version: string | null;
  error?: string;
}

export async function probeApiServer(): Promise<Probe> {
  try {
    const v = await k8sRequest<{ gitVersion?: string }>(serviceIdentity(), { method: 'GET', path: '/version', timeoutMs: 3000 });
    return { ok: true, apiServer: 'reachable', version: v?.gitVersion ?? null };
  } catch (err) {
    const e = toApiError(err);
    // An answer (even 401/403) means the API server is up; only transport failures make it unreachable.
    const reachable = e.status !== 502 || /failed to answer/.test(e.message);
    return { ok: false, apiServer: reachable ? 'reachable' : 'unreachable', version: null, error: e.message };
  }
}
