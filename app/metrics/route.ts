// Prometheus metrics (lib/metrics.ts). Off unless FLEETDASH_METRICS=true (404 otherwise: nothing about this server is
// told to whoever finds the path). With FLEETDASH_METRICS_TOKEN set, a scrape must send it as a bearer token; without
// it, keep /metrics off the Ingress (the chart's NetworkPolicy, or a ServiceMonitor on the pod port, limit who reaches it).
import { timingSafeEqual } from 'node:crypto';
import { config } from '@/lib/config';
import { metrics } from '@/lib/metrics';

export const dynamic = 'force-dynamic';

function tokenMatches(header: string | null, token: string): boolean {
  const m = /^Bearer (.+)$/.exec(header ?? '');
  if (!m) return false;
  const a = Buffer.from(m[1]!);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function GET(req: Request) {
  const c = config();
  const plain = (status: number, body: string, headers: Record<string, string> = {}) =>
    new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers } });
  if (!c.FLEETDASH_METRICS) return plain(404, 'Not found\n');
  if (c.FLEETDASH_METRICS_TOKEN && !tokenMatches(req.headers.get('authorization'), c.FLEETDASH_METRICS_TOKEN)) {
    return plain(401, 'Send the metrics token as "Authorization: Bearer <FLEETDASH_METRICS_TOKEN>".\n', { 'www-authenticate': 'Bearer' });
  }
  const { registry } = metrics();
  return plain(200, await registry.metrics(), { 'content-type': registry.contentType });
}
