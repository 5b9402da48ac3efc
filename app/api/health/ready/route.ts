// Readiness: 200 { ok: true } once the watch cache has listed every kind and follows it, 503 { ok: false } before
// that and while shutting down (lib/server/shutdown.ts), so a replica gets traffic only when its pages can answer from
// the cache. Asking starts the cache. Says nothing about the cluster (counts and errors: /api/health/details).
import { getCache } from '@/lib/cache';
import { json } from '@/lib/http/route';
import { isDraining } from '@/lib/server/shutdown';

export const dynamic = 'force-dynamic';

export function GET() {
  const cache = getCache().start();
  const kinds = Object.values(cache.status().kinds);
  const ok = !isDraining() && kinds.length > 0 && kinds.every((k) => k.synced);
  return json({ ok }, { status: ok ? 200 : 503 });
}
