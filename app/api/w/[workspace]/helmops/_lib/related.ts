// What a HelmOp produced, read from the watch cache (RBAC-filtered for the person) through the cache's helmop index
// (label fleet.cattle.io/fleet-helm-name): its Bundle and BundleDeployments, as the same rows a GitRepo's page shows.
import type { Person } from '@/lib/auth/current';
import type { CacheKind } from '@/lib/cache';
import { readList, type KubeObject } from '@/lib/http/read';
import type { GitRepoBundleRow, GitRepoClusterRow } from '@/lib/fleet/rows/gitrepo-detail';
import { gitRepoBundleRow, gitRepoClusterRows } from '@/lib/fleet/rows/gitrepo-related';

const PAGE = 500;
const MAX_OBJECTS = 20_000;

async function all(person: Person, kind: CacheKind, ns: string, name: string): Promise<KubeObject[]> {
  const out: KubeObject[] = [];
  for (let page = 1; out.length < MAX_OBJECTS; page++) {
    const q = { page, pageSize: PAGE, sort: 'name', dir: 'asc' as const, q: '' };
    const r = await readList(person, kind, ns, q, { filter: { helmop: `${ns}/${name}` } });
    out.push(...r.items);
    if (out.length >= r.total || r.items.length === 0) break;
  }
  return out;
}

export async function helmOpRelatedOf(person: Person, ns: string, name: string): Promise<{ bundles: GitRepoBundleRow[]; clusters: GitRepoClusterRow[] }> {
  const [bundles, bds] = await Promise.all([all(person, 'bundles', ns, name), all(person, 'bundledeployments', ns, name)]);
  return { bundles: bundles.map(gitRepoBundleRow), clusters: gitRepoClusterRows(bds, ns) };
}
