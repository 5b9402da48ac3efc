// Public health for probes and scripts: whether this server can reach the Kubernetes API server, and nothing
// else (200 { ok: true } or 503 { ok: false }). Versions, object counts and the cache's errors are in
// /api/health/details, for a signed-in person allowed to see them. Served for any Host (see proxy.ts).
import { probeApiServer } from '@/lib/k8s/probe';
import { json } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export async function GET() {
  const { ok } = await probeApiServer();
  return json({ ok }, { status: ok ? 200 : 503 });
}
