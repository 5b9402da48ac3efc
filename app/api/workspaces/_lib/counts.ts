// Workspace names and per-workspace counts, from the watch cache. A workspace is a namespace that is
// fleet-local/fleet-default, holds Fleet objects, or was created as a workspace here (label).
// Names come from the cache's workspace indexes (one entry per workspace, not per namespace), so 10,000 per-cluster
// namespaces neither hide a workspace nor cost a scan per request.
import { accessChecker } from '@/lib/cache/authz';
import { getCache, type CacheKind, type FleetCache } from '@/lib/cache';
import { WORKSPACE_LABEL } from '@/lib/k8s/cluster-admin';
import { DEFAULT_WORKSPACES, isCandidateNamespace } from '@/lib/k8s/workspaces';
import type { Identity } from '@/lib/k8s/identity';
import { mayList } from '@/lib/http/read';

const COUNTED = ['gitrepos', 'clusters', 'clustergroups', 'bundles', 'bundledeployments', 'clusterregistrationtokens', 'gitreporestrictions', 'helmops'] as const;
type Counted = (typeof COUNTED)[number];

export interface WorkspaceSummary {
  name: string;
  /** The namespace's uid: deleting the workspace sends it as a precondition. */
  uid?: string;
  canList: boolean;
  phase?: string;
  /** Per kind, only the kinds the person may list in this workspace (the list routes' check); absent = not allowed. */
  counts: Partial<Record<Counted, number>>;
  readyClusters: number;
  readyGitRepos: number;
}

/** Namespaces labelled as workspaces by this dashboard, recomputed only when the namespace store changes. */
let labelled: { version: number; names: string[] } | undefined;
function labelledWorkspaces(cache: FleetCache): string[] {
  const store = cache.store('namespaces');
  if (labelled?.version !== store.version) {
    const names: string[] = [];
    for (const e of store.all()) if (e.obj.metadata.labels?.[WORKSPACE_LABEL] === 'true') names.push(e.obj.metadata.name);
    labelled = { version: store.version, names };
  }
  return labelled.names;
}

/** Workspace names: the well-known two, every workspace index value of the Fleet kinds, and labelled namespaces. */
export function workspaceNames(cache: FleetCache): string[] {
  const names = new Set<string>(DEFAULT_WORKSPACES);
  for (const k of ['gitrepos', 'clusters', 'clustergroups'] as CacheKind[]) for (const ws of cache.workspaces(k).keys()) names.add(ws);
  for (const ws of labelledWorkspaces(cache)) names.add(ws);
  return [...names].sort();
}

export async function workspaceSummaries(identity: Identity): Promise<WorkspaceSummary[]> {
  const cache = getCache();
  await cache.ready(['namespaces', ...COUNTED]);
  const checker = accessChecker(identity);
  const namespaces = workspaceNames(cache)
    .map((ws) => cache.get('namespaces', undefined, ws))
    .filter((n): n is NonNullable<typeof n> => !!n && isCandidateNamespace(n));
  const out = await Promise.all(
    namespaces.map(async (n) => {
      const ws = n.metadata.name;
      const allowed = await Promise.all(COUNTED.map((k) => mayList(checker, k, ws).catch(() => false)));
      const may = (k: Counted) => allowed[COUNTED.indexOf(k)] === true;
      const canList = may('gitrepos') || may('clusters');
      const counts: WorkspaceSummary['counts'] = {};
      for (const k of COUNTED) if (may(k)) counts[k] = cache.workspaces(k).get(ws) ?? 0;
      return {
        name: ws,
        uid: n.metadata.uid,
        canList,
        phase: typeof n.status?.phase === 'string' ? n.status.phase : undefined,
        counts,
        readyClusters: may('clusters') ? cache.countsByState('clusters', [ws]).Ready : 0,
        readyGitRepos: may('gitrepos') ? cache.countsByState('gitrepos', [ws]).Ready : 0,
      };
    }),
  );
  // Without access, only the well-known names are shown, so the list does not reveal other teams' workspaces.
  return out.filter((w) => w.canList || (DEFAULT_WORKSPACES as readonly string[]).includes(w.name));
}
