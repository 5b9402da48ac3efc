// Health details: the API server's version and reachability as the dashboard's identity, and the watch cache per
// kind (synced, watching, objects, last event, errors). The counts cover every namespace, so only a person who may
// list every cached kind cluster-wide sees them (local mode's admin does). Reading the status does not start the cache.
import { accessChecker } from '@/lib/cache/authz';
import { CACHE_KIND_NAMES } from '@/lib/cache/kinds';
import { cacheStatus } from '@/lib/cache';
import { asPerson, json, jsonError, queryProblem } from '@/lib/http/route';
import { probeApiServer } from '@/lib/k8s/probe';

export const dynamic = 'force-dynamic';

export async function GET(req: Request) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async ({ identity }) => {
    const checker = accessChecker(identity);
    const allowed = await Promise.all(CACHE_KIND_NAMES.map((k) => checker.canList(k, '*')));
    if (!allowed.every(Boolean)) {
      return jsonError(
        403,
        `You (${identity.username}) may not see the dashboard's health details: they count objects of every kind in every namespace, so they need list rights on ${CACHE_KIND_NAMES.filter((_, i) => !allowed[i]).join(', ')} cluster-wide.`,
      );
    }
    const probe = await probeApiServer();
    return json({ ...probe, cache: cacheStatus() });
  });
}
