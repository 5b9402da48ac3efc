// Workspace names and per-workspace counts, from the watch cache. A workspace is a namespace that is
// fleet-local/fleet-default, holds Fleet objects, or was created as a workspace here (label).
import { accessChecker } from '@/lib/cache/authz';
import { getCache, type CacheKind } from '@/lib/cache';
import { WORKSPACE_LABEL } from '@/lib/k8s/cluster-admin';
import { DEFAULT_WORKSPACES, isCandidateNamespace } from '@/lib/k8s/workspaces';
import type { Identity } from '@/lib/k8s/identity';

const COUNTED = ['gitrepos', 'clusters', 'clustergroups', 'bundles', 'bundledeployments', 'clusterregistrationtokens', 'gitreporestrictions', 'helmops'] as const;
type Counted = (typeof COUNTED)[number];

export interface WorkspaceSummary {
  name: string;
  canList: boolean;
  phase?: string;
  counts: Record<Counted, number>;
  readyClusters: number;
  readyGitRepos: number;
}

export async function workspaceSummaries(identity: Identity): Promise<WorkspaceSummary[]> {
  const cache = getCache();
  await cache.ready(['namespaces', ...COUNTED]);
  const checker = accessChecker(identity);
  const holders = new Set<string>();
  for (const k of ['gitrepos', 'clusters', 'clustergroups'] as CacheKind[]) for (const ws of cache.workspaces(k).keys()) holders.add(ws);
  const names = cache
    .query('namespaces', { workspaces: 'all', sort: 'name', dir: 'asc', page: 1, pageSize: 500 })
    .items.filter(
      (n) =>
        isCandidateNamespace(n) &&
        ((DEFAULT_WORKSPACES as readonly string[]).includes(n.metadata.name) || holders.has(n.metadata.name) || n.metadata.labels?.[WORKSPACE_LABEL] === 'true'),
    );
  const out = await Promise.all(
    names.map(async (n) => {
      const ws = n.metadata.name;
      const canList = (await checker.canList('gitrepos', ws)) || (await checker.canList('clusters', ws));
      const counts = Object.fromEntries(COUNTED.map((k) => [k, canList ? (cache.workspaces(k).get(ws) ?? 0) : 0])) as Record<Counted, number>;
      return {
        name: ws,
        canList,
        phase: typeof n.status?.phase === 'string' ? n.status.phase : undefined,
        counts,
        readyClusters: canList ? cache.countsByState('clusters', [ws]).Ready : 0,
        readyGitRepos: canList ? cache.countsByState('gitrepos', [ws]).Ready : 0,
      };
    }),
  );
  // Without access, only the well-known names are shown, so the list does not reveal other teams' workspaces.
  return out.filter((w) => w.canList || (DEFAULT_WORKSPACES as readonly string[]).includes(w.name));
}
