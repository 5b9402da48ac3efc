// Liveness for scripts and people: always 200 while this server runs; says whether the Kubernetes API
// server answers (as the dashboard's own identity) and its version, and how the watch cache is doing (per kind: synced,
// watching, objects, last event, errors). Reading the cache's status does not start it.
import { NextResponse } from 'next/server';
import { k8sRequest } from '@/lib/k8s/transport';
import { serviceIdentity } from '@/lib/k8s/service';
import { toApiError } from '@/lib/k8s/errors';
import { cacheStatus } from '@/lib/cache';

export const dynamic = 'force-dynamic';

export async function GET() {
  const headers = { 'cache-control': 'no-store' };
  try {
    const v = await k8sRequest<{ gitVersion?: string }>(serviceIdentity(), { method: 'GET', path: '/version', timeoutMs: 3000 });
    return NextResponse.json({ ok: true, apiServer: 'reachable', version: v?.gitVersion ?? null, cache: cacheStatus() }, { headers });
  } catch (err) {
    const e = toApiError(err);
    // An answer (even 401/403) means the API server is up; only transport failures make it unreachable.
    const reachable = e.status !== 502 || /failed to answer/.test(e.message);
    return NextResponse.json(
      { ok: false, apiServer: reachable ? 'reachable' : 'unreachable', version: null, error: e.message, cache: cacheStatus() },
      { headers },
    );
  }
}
