// What a GitRepo or HelmOp produced, read from the watch cache (RBAC-filtered for the person) through the cache's
// owner indexes (labels fleet.cattle.io/repo-name and fleet.cattle.io/fleet-helm-name, never a name prefix):
// O(objects of this owner). The rows are lib/fleet/rows/gitrepo-related.ts, shown alike on both detail pages.
import type { Person } from '@/lib/auth/current';
import type { CacheKind } from '@/lib/cache';
import type { GitRepoBundleRow, GitRepoClusterRow } from '@/lib/fleet/rows/gitrepo-detail';
import { gitRepoBundleRow, gitRepoClusterRows } from '@/lib/fleet/rows/gitrepo-related';
import { readList, type KubeObject } from './read';

const PAGE = 500;
const MAX_OBJECTS = 20_000;

/** Which index finds an owner's objects. */
export type Owner = 'gitrepo' | 'helmop';

async function all(person: Person, kind: CacheKind, owner: Owner, ns: string, name: string): Promise<KubeObject[]> {
  const out: KubeObject[] = [];
  for (let page = 1; out.length < MAX_OBJECTS; page++) {
    const q = { page, pageSize: PAGE, sort: 'name', dir: 'asc' as const, q: '' };
    const r = await readList(person, kind, ns, q, { filter: { [owner]: `${ns}/${name}` } });
    out.push(...r.items);
    if (out.length >= r.total || r.items.length === 0) break;
  }
  return out;
}

export async function relatedOf(person: Person, owner: Owner, ns: string, name: string): Promise<{ bundles: GitRepoBundleRow[]; clusters: GitRepoClusterRow[] }> {
  const [bundles, bds] = await Promise.all([all(person, 'bundles', owner, ns, name), all(person, 'bundledeployments', owner, ns, name)]);
  return { bundles: bundles.map(gitRepoBundleRow), clusters: gitRepoClusterRows(bds, ns) };
}
