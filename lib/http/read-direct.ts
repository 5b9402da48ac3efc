// Reads of Fleet kinds the watch cache does not hold (Schedules, Policies: a handful per workspace), straight from
// the API server with the person's own identity, so their RBAC decides. `_all` lists cluster-wide when the person
// may, else each workspace that holds clusters or GitRepos (from the cache), leaving out those that refuse them.
import type { Person } from '@/lib/auth/current';
import { forIdentity, type FleetPlural } from '@/lib/k8s/client';
import { K8sError } from '@/lib/k8s/errors';
import { HttpError } from './http-error';
import { ALL_WORKSPACES } from './route';
import { getCache } from '@/lib/cache';

const LIMIT = 1000;

export async function listDirect(person: Person, kind: FleetPlural, workspace: string, words: string): Promise<unknown[]> {
  const k8s = forIdentity(person.identity);
  if (workspace !== ALL_WORKSPACES) {
    try {
      return (await k8s.list(kind, workspace, { limit: LIMIT })).items;
    } catch (e) {
      if (e instanceof K8sError && e.httpStatus === 403) {
        throw new HttpError(
          403,
          `You (${person.identity.username}) are not allowed to list ${words} in workspace ${workspace}. Your Kubernetes RBAC does not grant it; ask a cluster administrator, or pick a workspace you have access to.`,
        );
      }
      throw e;
    }
  }
  try {
    return (await k8s.list(kind, undefined, { limit: LIMIT })).items;
  } catch (e) {
    if (!(e instanceof K8sError && e.httpStatus === 403)) throw e;
  }
  const cache = getCache();
  const spaces = [...new Set([...cache.workspaces('clusters').keys(), ...cache.workspaces('gitrepos').keys()])].sort();
  const lists = await Promise.all(
    spaces.map((ns) =>
      k8s.list(kind, ns, { limit: LIMIT }).then(
        (l) => l.items,
        (e: unknown) => {
          if (e instanceof K8sError && (e.httpStatus === 403 || e.httpStatus === 404)) return [];
          throw e;
        },
      ),
    ),
  );
  return lists.flat();
}
